import type Stripe from "stripe"
import { relatedObjectIds } from "../related-object-ids"
import { nextAttemptAt, retryDelaySeconds } from "../retry-backoff"
import { MedusaError, serializeError } from "@medusajs/framework/utils"
import { describeHandlerError } from "../error-message"
import { resolveEventAccount, toMalformedWebhookEventRow, toWebhookEventRow, webhookEventRejection } from "../event-row"
import { verifyStripeSignature } from "../verify-event"
import { parseStripeEvent } from "../parse-event"
import { isLiveModeKey } from "../livemode"
import { parseTimeParam } from "../time-param"
import { toWebhookEventResponse } from "../to-webhook-event-response"
import { accountWebhookUrl, isStripeAccountId } from "../account-endpoint"
import { createStripeClient, stripeIdempotencyKeys } from "../../stripe"
import type { StoredWebhookEvent } from "../webhook-event-store"

const eventWith = (object: Record<string, unknown>, extra: Partial<Stripe.Event> = {}) =>
  ({
    id: "evt_1",
    object: "event",
    type: "charge.refunded",
    created: 1_700_000_000,
    livemode: false,
    api_version: "2026-10-28.endive",
    data: { object },
    ...extra,
  }) as unknown as Stripe.Event

describe("relatedObjectIds", () => {
  it("should list the object's id first, then its payment intent, charge and invoice", () => {
    const event = eventWith({ id: "dp_1", charge: "ch_1", payment_intent: "pi_1", invoice: "in_1" })
    expect(relatedObjectIds(event)).toEqual(["dp_1", "pi_1", "ch_1", "in_1"])
  })

  it("should take ids of expanded objects and a payment intent's latest charge", () => {
    const event = eventWith({ id: "pi_1", latest_charge: { id: "ch_9", object: "charge" }, invoice: null })
    expect(relatedObjectIds(event)).toEqual(["pi_1", "ch_9"])
  })

  it("should leave out duplicates, empty and non-string values", () => {
    const event = eventWith({ id: "ch_1", charge: "ch_1", payment_intent: "", invoice: 42 })
    expect(relatedObjectIds(event)).toEqual(["ch_1"])
  })

  it("should return nothing for an event without an object", () => {
    expect(relatedObjectIds({ data: undefined } as unknown as Stripe.Event)).toEqual([])
  })
})

describe("retry backoff", () => {
  const policy = { maxAttempts: 5, baseSeconds: 30, maxDelaySeconds: 600 }

  it("should double the delay after each failed attempt, up to the cap", () => {
    expect([1, 2, 3, 4, 5, 6].map((attempts) => retryDelaySeconds(attempts, policy))).toEqual([
      30, 60, 120, 240, 480, 600,
    ])
  })

  it("should not overflow for very many attempts", () => {
    expect(retryDelaySeconds(5000, policy)).toBe(600)
  })

  it("should plan the next attempt from now, and none once the attempts are used up", () => {
    const now = new Date("2026-01-01T00:00:00Z")
    expect(nextAttemptAt(2, now, policy)?.toISOString()).toBe("2026-01-01T00:01:00.000Z")
    expect(nextAttemptAt(5, now, policy)).toBeNull()
  })
})

describe("describeHandlerError", () => {
  it("should keep the error's name and message without the stack", () => {
    const error = new TypeError("bad thing")
    expect(describeHandlerError(error)).toBe("TypeError: bad thing")
    expect(describeHandlerError(new Error("plain"))).toBe("plain")
  })

  it("should cut very long messages", () => {
    expect(describeHandlerError("x".repeat(5000))).toHaveLength(2000)
  })

  it("should keep the message of an error a workflow rethrew serialized, not say 'Unknown error'", () => {
    // What `workflow.run()` throws for a failed step: Medusa's orchestrator serializes the step's error.
    const serialized: unknown = serializeError(
      new MedusaError(MedusaError.Types.INVALID_DATA, "captured_amount: 2 is more")
    )
    expect(serialized).not.toBeInstanceOf(Error)
    expect(describeHandlerError(serialized)).toBe("captured_amount: 2 is more")
    expect(describeHandlerError({ code: "ECONNRESET" })).toBe('{"code":"ECONNRESET"}')
    expect(describeHandlerError(undefined)).toBe("undefined")
  })
})

describe("resolveEventAccount and toWebhookEventRow", () => {
  it("should take the event's account on the platform and Connect endpoints", () => {
    expect(resolveEventAccount("connect", { account: "acct_1" })).toBe("acct_1")
    expect(resolveEventAccount("platform", { account: undefined })).toBeNull()
  })

  it("should store a per-account endpoint's event under the path's account, whatever account it names", () => {
    expect(resolveEventAccount("account", { account: undefined }, "acct_2")).toBe("acct_2")
    expect(resolveEventAccount("account", { account: "acct_3" }, "acct_2")).toBe("acct_2")
  })

  it("should build the row with a non-null account key and the event's metadata", () => {
    const event = eventWith({ id: "re_1", charge: "ch_1" })
    const row = toWebhookEventRow(event, "platform", null, "{}")
    expect(row).toEqual({
      stripe_event_id: "evt_1",
      endpoint: "platform",
      account: null,
      account_key: "platform",
      type: "charge.refunded",
      livemode: false,
      api_version: "2026-10-28.endive",
      stripe_created_at: new Date(1_700_000_000_000),
      payload_json: "{}",
      related_object_ids: ["re_1", "ch_1"],
      status: "pending",
      last_error: null,
    })
    expect(toWebhookEventRow(event, "connect", "acct_1", "{}").account_key).toBe("acct_1")
    expect(toWebhookEventRow(event, "connect", "acct_1", "{}", "why")).toEqual(
      expect.objectContaining({ status: "rejected", last_error: "why" })
    )
  })
})

describe("webhookEventRejection", () => {
  const test = { livemode: false }

  it("should pass an event of the key's mode on the platform and Connect endpoints", () => {
    expect(webhookEventRejection("platform", { livemode: false }, test)).toBeNull()
    expect(webhookEventRejection("connect", { livemode: true, account: "acct_1" }, { livemode: true })).toBeNull()
  })

  it("should reject an event of the other mode, both ways", () => {
    expect(webhookEventRejection("platform", { livemode: true }, test)).toMatch(/live-mode event.*test-mode key/)
    expect(webhookEventRejection("connect", { livemode: false }, { livemode: true })).toMatch(
      /test-mode event.*live-mode key/
    )
  })

  it("should reject on a per-account endpoint an event without an account or of another account", () => {
    const expected = { livemode: false, pathAccountId: "acct_a" }
    expect(webhookEventRejection("account", { livemode: false }, expected)).toMatch(/names no account/)
    expect(webhookEventRejection("account", { livemode: false, account: "acct_b" }, expected)).toMatch(/acct_b/)
    expect(webhookEventRejection("account", { livemode: false, account: "acct_a" }, expected)).toBeNull()
  })
})

describe("isLiveModeKey and isStripeAccountId", () => {
  it("should tell live keys from test keys", () => {
    expect(isLiveModeKey("sk_live_x")).toBe(true)
    expect(isLiveModeKey("rk_live_x")).toBe(true)
    expect(isLiveModeKey("sk_test_x")).toBe(false)
    expect(isLiveModeKey("rk_test_x")).toBe(false)
  })

  it("should accept only account ids in a path", () => {
    expect(isStripeAccountId("acct_1Abc")).toBe(true)
    for (const value of ["acct_", "cus_1", "acct_../x", "acct_a%00", `acct_${"a".repeat(101)}`]) {
      expect(isStripeAccountId(value)).toBe(false)
    }
  })
})

describe("parseStripeEvent and toMalformedWebhookEventRow", () => {
  const good = eventWith({ id: "po_1", description: "a\u0000b" })

  it("should read a well-formed event, a NUL character in its object included", () => {
    const payload = JSON.stringify(good)
    expect(payload).toContain("\\u0000")
    expect(parseStripeEvent(payload).event?.id).toBe("evt_1")
  })

  it("should say why a body is not an event", () => {
    const cases: [string, RegExp][] = [
      ["not json", /not JSON/],
      ["[1,2]", /not a JSON object/],
      [JSON.stringify({ ...good, id: undefined }), /`id`/],
      [JSON.stringify({ ...good, id: "evt_\u0000" }), /`id`/],
      [JSON.stringify({ ...good, type: 7 }), /`type`/],
      [JSON.stringify({ ...good, created: "yesterday" }), /`created`/],
      [JSON.stringify({ ...good, data: {} }), /`data.object`/],
      [JSON.stringify({ ...good, account: "acct_\u0000" }), /`account`/],
    ]
    for (const [payload, reason] of cases) {
      expect(parseStripeEvent(payload).malformed).toMatch(reason)
    }
  })

  it("should store a malformed body failed, under an id derived from it, base64 when text cannot hold it", () => {
    const text = toMalformedWebhookEventRow(Buffer.from("not json"), "connect", null, "the body is not JSON")
    expect(text).toEqual(
      expect.objectContaining({
        type: "malformed",
        status: "failed",
        account_key: "platform",
        payload_json: "not json",
        payload_encoding: "utf8",
        last_error: "Not a Stripe event: the body is not JSON",
      })
    )
    expect(toMalformedWebhookEventRow(Buffer.from("not json"), "connect", null, "x").stripe_event_id).toBe(
      text.stripe_event_id
    )
    const binary = toMalformedWebhookEventRow(Buffer.from([123, 0, 125]), "account", "acct_a", "x")
    expect(binary).toEqual(expect.objectContaining({ payload_encoding: "base64", account_key: "acct_a" }))
    expect(Buffer.from(binary.payload_json, "base64")).toEqual(Buffer.from([123, 0, 125]))
  })
})

describe("verifyStripeSignature", () => {
  const stripe = createStripeClient({ apiKey: "sk_test_unit" })
  const payload = JSON.stringify(eventWith({ id: "po_1" }))
  const sign = (secret: string, timestamp?: number, body = payload) =>
    stripe.webhooks.generateTestHeaderString({ payload: body, secret, timestamp })

  it("should accept a signature made with any of the configured secrets", () => {
    expect(() =>
      verifyStripeSignature(stripe.webhooks, payload, sign("whsec_new"), ["whsec_old", "whsec_new"])
    ).not.toThrow()
    expect(() =>
      verifyStripeSignature(stripe.webhooks, payload, sign("whsec_old"), ["whsec_old", "whsec_new"])
    ).not.toThrow()
  })

  it("should refuse a wrong secret, a changed body, a stale timestamp and a missing header with invalid_request", () => {
    const stale = Math.floor(Date.now() / 1000) - 600
    const attempts = [
      () => verifyStripeSignature(stripe.webhooks, payload, sign("whsec_other"), ["whsec_a"]),
      () => verifyStripeSignature(stripe.webhooks, payload.replace("po_1", "po_2"), sign("whsec_a"), ["whsec_a"]),
      () => verifyStripeSignature(stripe.webhooks, payload, sign("whsec_a", stale), ["whsec_a"]),
      () => verifyStripeSignature(stripe.webhooks, payload, undefined, ["whsec_a"]),
      () => verifyStripeSignature(stripe.webhooks, payload, sign("whsec_a"), []),
    ]
    for (const attempt of attempts) {
      expect(attempt).toThrow(expect.objectContaining({ errorCode: "invalid_request", status: 400 }))
    }
  })

  it("should verify a body that is not JSON without parsing it (what it holds is decided after)", () => {
    const notJson = "{not json"
    expect(() =>
      verifyStripeSignature(stripe.webhooks, notJson, sign("whsec_a", undefined, notJson), ["whsec_a"])
    ).not.toThrow()
  })

  it("should never put a secret in its message", () => {
    try {
      verifyStripeSignature(stripe.webhooks, payload, sign("whsec_other"), ["whsec_topsecret"])
      throw new Error("expected a failure")
    } catch (error) {
      expect(String((error as Error).message)).not.toContain("whsec_")
    }
  })
})

describe("parseTimeParam", () => {
  it("should read unix seconds and ISO dates and refuse anything else", () => {
    expect(parseTimeParam("1700000000")?.toISOString()).toBe("2023-11-14T22:13:20.000Z")
    expect(parseTimeParam(1_700_000_000)?.toISOString()).toBe("2023-11-14T22:13:20.000Z")
    expect(parseTimeParam("2026-01-02T03:04:05Z")?.toISOString()).toBe("2026-01-02T03:04:05.000Z")
    expect(parseTimeParam("yesterday")).toBeNull()
    expect(parseTimeParam("2026-13-45")).toBeNull()
  })
})

describe("toWebhookEventResponse", () => {
  const row: StoredWebhookEvent = {
    id: "scwhevt_1",
    stripe_event_id: "evt_1",
    endpoint: "connect",
    account: "acct_1",
    type: "payout.paid",
    livemode: false,
    api_version: null,
    stripe_created_at: new Date(1_700_000_000_000),
    related_object_ids: ["po_1"],
    status: "processed",
    attempts: 1,
    last_error: null,
    next_attempt_at: null,
    processed_at: new Date(1_700_000_001_000),
    created_at: new Date(1_700_000_000_500),
    updated_at: new Date(1_700_000_001_000),
    payload: { id: "evt_1" },
  }

  it("should leave the payload out unless asked for", () => {
    expect(toWebhookEventResponse(row)).not.toHaveProperty("payload")
    expect(toWebhookEventResponse(row, { includePayload: true }).payload).toEqual({ id: "evt_1" })
  })

  it("should give dates as ISO strings", () => {
    const response = toWebhookEventResponse(row)
    expect(response.stripe_created_at).toBe("2023-11-14T22:13:20.000Z")
    expect(response.processed_at).toBe("2023-11-14T22:13:21.000Z")
    expect(response.next_attempt_at).toBeNull()
  })
})

describe("account endpoints", () => {
  it("should build the per-account URL under the public URL", () => {
    expect(accountWebhookUrl("https://shop.test/", "acct_1")).toBe(
      "https://shop.test/hooks/stripe-connect/accounts/acct_1"
    )
  })

  it("should derive one idempotency key per account and run", () => {
    const key = stripeIdempotencyKeys.createWebhookEndpoint("acct_1", "run_1")
    expect(key).toBe(stripeIdempotencyKeys.createWebhookEndpoint("acct_1", "run_1"))
    expect(key).not.toBe(stripeIdempotencyKeys.createWebhookEndpoint("acct_1", "run_2"))
    expect(key.length).toBeLessThanOrEqual(255)
  })
})
