import http from "node:http"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { toMalformedWebhookEventRow, toWebhookEventRow } from "../../../src/modules/stripe-connect/webhooks/event-row"
import { registerWebhookEventHandler } from "../../../src/workflows/webhook-events/handlers/registry"
import { registerAccountWebhookEndpointStep } from "../../../src/workflows/webhook-events/steps/register-account-webhook-endpoint"
import pruneWebhookEvents from "../../../src/jobs/prune-webhook-events"
import {
  emulator,
  emulatorStripe,
  knexOf,
  makeEvent,
  signPayload,
  storedEventWith,
  storedEvents,
  waitFor,
  webhookSpecSetup,
} from "../webhooks/helpers"

jest.setTimeout(180_000)

const { port, secrets, post, deliver } = webhookSpecSetup()

const registerEndpointWorkflow = createWorkflow(
  "security-webhooks-register-account-endpoint",
  (input: { account_id: string }) => new WorkflowResponse(registerAccountWebhookEndpointStep(input))
)

/** POSTs raw bytes with node:http, so a test controls `Content-Length` and how much of the body is ever sent. */
function rawPost(
  path: string,
  options: { contentLength?: number; chunks: Buffer[]; holdOpen?: boolean }
): Promise<{ status: number; body: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = {
      "content-type": "application/json",
      "stripe-signature": "t=1,v1=x",
    }
    if (options.contentLength !== undefined) {
      headers["content-length"] = options.contentLength
    }
    const request = http.request({ host: "127.0.0.1", port, path, method: "POST", headers }, (response) => {
      let text = ""
      response.on("data", (chunk) => (text += chunk))
      response.on("end", () => {
        request.destroy()
        resolve({ status: response.statusCode ?? 0, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} })
      })
    })
    request.on("error", reject)
    for (const chunk of options.chunks) {
      request.write(chunk)
    }
    if (!options.holdOpen) {
      request.end()
    }
  })
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    let container: MedusaContainer
    let service: StripeConnectModuleService
    // Merchant A owns a per-account endpoint (its secret is visible to A in A's own Stripe dashboard); merchant B's
    // records are what a forged event on A's endpoint must never change.
    let accountA: string
    let accountB: string
    let secretA: string
    const disputeB = `du_security_b_${Date.now()}`
    const payoutB = `po_security_b_${Date.now()}`

    const snapshotOfB = async () => ({
      accounts: await service.listConnectedAccounts({ stripe_account_id: accountB }),
      disputes: await service.listStripeConnectDisputes({ stripe_account_id: accountB }),
      payouts: await service.listStripeConnectPayouts({ stripe_account_id: accountB }),
    })
    const deliverToA = (event: Record<string, unknown>) =>
      deliver(`/hooks/stripe-connect/accounts/${accountA}`, event, secretA)

    beforeAll(async () => {
      container = getContainer()
      service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      const stripe = emulatorStripe()
      accountA = (await stripe.accounts.create({ type: "standard", country: "US", email: "a@example.com" })).id
      accountB = (await stripe.accounts.create({ type: "express", country: "US", email: "b@example.com" })).id
      await service.createConnectedAccounts([
        { stripe_account_id: accountA, merchant_id: "merchant_a", mode: "test", type: "standard" },
        {
          stripe_account_id: accountB,
          merchant_id: "merchant_b",
          mode: "test",
          type: "express",
          charges_enabled: true,
        },
      ])
      await service.createStripeConnectDisputes({
        dispute_id: disputeB,
        payment_intent_id: "pi_security_b",
        charge_id: "ch_security_b",
        stripe_account_id: accountB,
        merchant_id: "merchant_b",
        amount: 5_000,
        currency: "usd",
        reason: "fraudulent",
        status: "needs_response",
        stripe_created_at: new Date(),
      })
      await service.createStripeConnectPayouts({
        payout_id: payoutB,
        stripe_account_id: accountB,
        merchant_id: "merchant_b",
        amount: 2_500,
        currency: "usd",
        status: "in_transit",
        method: "standard",
      })
      await registerEndpointWorkflow(container).run({ input: { account_id: accountA } })
      const [endpoint] = await service.listWebhookEndpoints({ account_id: accountA })
      secretA = await service.openSecret(endpoint.secret_sealed)
      // From here on the tests deliver every event themselves.
      await emulator("POST", "/webhooks/config", { auto_deliver: false })
    })

    afterAll(async () => {
      await emulator("POST", "/webhooks/config", { auto_deliver: true })
    })

    describe("per-account endpoints apply only their own account's events", () => {
      it("should store as rejected, and change nothing, an event without account or naming another account", async () => {
        const before = await snapshotOfB()
        const lost = {
          id: disputeB,
          object: "dispute",
          status: "lost",
          amount: 5_000,
          currency: "usd",
          charge: "ch_security_b",
        }
        const noAccount = makeEvent("charge.dispute.closed", lost)
        const otherAccount = makeEvent("charge.dispute.closed", lost, { account: accountB })
        expect((await deliverToA(noAccount)).status).toBe(200)
        expect((await deliverToA(otherAccount)).status).toBe(200)

        const [first] = await storedEvents(container, noAccount.id as string)
        expect(first).toEqual(
          expect.objectContaining({
            status: "rejected",
            account: accountA,
            attempts: 0,
            last_error: expect.stringMatching(/names no account/),
          })
        )
        const [second] = await storedEvents(container, otherAccount.id as string)
        // Stored under A, never under B: a forged event cannot take B's event id and make B's genuine one a duplicate.
        expect(second).toEqual(
          expect.objectContaining({
            status: "rejected",
            account: accountA,
            attempts: 0,
            last_error: expect.stringContaining(accountB),
          })
        )
        expect(await snapshotOfB()).toEqual(before)
      })

      it("should reject, and change nothing, an event of its own account about another account's objects", async () => {
        const before = await snapshotOfB()
        const forged = [
          makeEvent(
            "charge.dispute.closed",
            {
              id: disputeB,
              object: "dispute",
              status: "lost",
              amount: 5_000,
              currency: "usd",
              charge: "ch_security_b",
              payment_intent: "pi_security_b",
            },
            { account: accountA }
          ),
          makeEvent(
            "payout.paid",
            { id: payoutB, object: "payout", status: "paid", amount: 2_500, currency: "usd" },
            { account: accountA }
          ),
          makeEvent(
            "account.updated",
            {
              id: accountB,
              object: "account",
              charges_enabled: false,
              payouts_enabled: false,
              details_submitted: false,
            },
            { account: accountA }
          ),
          makeEvent(
            "capability.updated",
            { id: "card_payments", object: "capability", account: accountB, status: "inactive" },
            { account: accountA }
          ),
        ]
        for (const event of forged) {
          expect((await deliverToA(event)).status).toBe(200)
        }
        for (const event of forged) {
          const row = await storedEventWith(container, event.id as string, "rejected")
          expect(row.last_error).toEqual(expect.stringMatching(/another account|not the endpoint's account/))
        }
        expect(await snapshotOfB()).toEqual(before)
      })

      it("should reject an event about an object Stripe does not hold on the account, and apply a genuine one", async () => {
        const forged = makeEvent(
          "payout.paid",
          { id: "po_security_unknown", object: "payout", status: "paid", amount: 1, currency: "usd" },
          { account: accountA }
        )
        expect((await deliverToA(forged)).status).toBe(200)
        const rejected = await storedEventWith(container, forged.id as string, "rejected")
        expect(rejected.last_error).toMatch(/Stripe has no event/)

        // A genuine event: made by the emulator on A, about A's own payout, delivered to A's endpoint.
        await emulator("POST", "/balance/add", { account: accountA, amount: 10_000, currency: "usd" })
        const payout = await emulatorStripe().payouts.create(
          { amount: 1_000, currency: "usd" },
          { stripeAccount: accountA }
        )
        const genuine = await waitFor(async () => {
          const { data } = await emulator<{ data: Stripe.Event[] }>(
            "GET",
            `/events?account=${accountA}&type=payout.created`
          )
          return data.find((event) => (event.data.object as Stripe.Payout).id === payout.id)
        }, "the emulator's payout.created on A")
        expect((await deliverToA(genuine as unknown as Record<string, unknown>)).status).toBe(200)
        const processed = await storedEventWith(container, genuine.id, ["processed", "failed", "rejected"])
        expect(processed).toEqual(
          expect.objectContaining({ status: "processed", endpoint: "account", account: accountA })
        )
      })
    })

    describe("livemode", () => {
      it("should store a live-mode event as rejected on a test-mode store and not process it", async () => {
        const before = await snapshotOfB()
        const live: Record<string, unknown> = {
          ...makeEvent(
            "payout.paid",
            { id: payoutB, object: "payout", status: "paid", amount: 2_500, currency: "usd" },
            { account: accountB }
          ),
          livemode: true,
        }
        expect((await deliver("/hooks/stripe-connect/connect", live, secrets.connect)).status).toBe(200)
        const [row] = await storedEvents(container, live.id as string)
        expect(row).toEqual(
          expect.objectContaining({
            status: "rejected",
            attempts: 0,
            last_error: expect.stringMatching(/live-mode event.*test-mode key/),
          })
        )
        expect(await snapshotOfB()).toEqual(before)
      })
    })

    describe("bounds", () => {
      it("should answer 413 with the API's error shape from Content-Length alone, before reading the body", async () => {
        // Two megabytes announced, a few bytes sent and the request left open: only an answer given before reading
        // the body can arrive.
        const response = await rawPost("/hooks/stripe-connect/platform", {
          contentLength: 2 * 1024 * 1024,
          chunks: [Buffer.from("{")],
          holdOpen: true,
        })
        expect(response.status).toBe(413)
        expect(response.body).toEqual(
          expect.objectContaining({ type: "invalid_request_error", code: "payload_too_large" })
        )
      })

      it("should answer 413 while streaming a body that has no Content-Length", async () => {
        const chunk = Buffer.alloc(256 * 1024, "x")
        const response = await rawPost("/hooks/stripe-connect/connect", { chunks: [chunk, chunk, chunk, chunk, chunk] })
        expect(response.status).toBe(413)
        expect(response.body).toEqual(expect.objectContaining({ code: "payload_too_large" }))
      })

      it("should check the signature before anything parses the body", async () => {
        const marker = `never_parsed_${Date.now()}`
        const payload = JSON.stringify(
          makeEvent("payout.paid", { id: marker, object: "payout", note: "x".repeat(500_000) })
        )
        const parse = jest.spyOn(JSON, "parse")
        try {
          const response = await post(
            "/hooks/stripe-connect/platform",
            payload,
            signPayload(payload, "whsec_not_configured")
          )
          expect(response.status).toBe(400)
          expect(response.data).toEqual(expect.objectContaining({ code: "invalid_request", param: "Stripe-Signature" }))
          const parsedIt = parse.mock.calls.some(([text]) => typeof text === "string" && text.includes(marker))
          expect(parsedIt).toBe(false)
        } finally {
          parse.mockRestore()
        }
      })

      it("should answer repeated deliveries for unknown accounts 400 and store nothing", async () => {
        const event = makeEvent(
          "payout.paid",
          { id: "po_unknown", object: "payout" },
          { account: "acct_securityunknown" }
        )
        const answers = await Promise.all(
          Array.from({ length: 20 }, (_, i) =>
            deliver(`/hooks/stripe-connect/accounts/acct_securityunknown${i % 4}`, event, secrets.connect)
          )
        )
        expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(400))
        expect(await storedEvents(container, event.id as string)).toEqual([])
      })

      it("should store and process a verified event holding \\u0000, and store the events of its batch", async () => {
        const seen: string[] = []
        const remove = registerWebhookEventHandler("test.security.nul_description", async ({ event }) => {
          seen.push((event.data.object as { description: string }).description)
        })
        try {
          const nul = makeEvent("test.security.nul_description", {
            id: "trr_security_nul",
            object: "transfer_reversal",
            description: "a\u0000b",
          })
          const mates = Array.from({ length: 10 }, (_, i) =>
            makeEvent("test.security.batch_mate", { id: `obj_security_mate_${i}` })
          )
          const answers = await Promise.all(
            [nul, ...mates].map((event) => deliver("/hooks/stripe-connect/platform", event, secrets.platform))
          )
          expect(answers.map((answer) => answer.status)).toEqual(Array(11).fill(200))

          const row = await storedEventWith(container, nul.id as string, "processed")
          expect(seen).toEqual(["a\u0000b"])
          const stored = await service.retrieveStoredWebhookEvent(row.id, { includePayload: true })
          expect((stored?.payload?.data as { object: { description: string } }).object.description).toBe("a\u0000b")
          for (const mate of mates) {
            expect(await storedEvents(container, mate.id as string)).toHaveLength(1)
          }
        } finally {
          remove()
        }
      })

      it("should store a malformed verified event alone as failed, and its batch-mates as usual", async () => {
        const notJson = "{this is not json"
        const noType = JSON.stringify({
          id: `evt_security_notype_${Date.now()}`,
          object: "event",
          created: 1,
          data: { object: {} },
        })
        const mates = Array.from({ length: 5 }, (_, i) =>
          makeEvent("test.security.malformed_mate", { id: `obj_security_malformed_mate_${i}` })
        )
        const answers = await Promise.all([
          post("/hooks/stripe-connect/platform", notJson, signPayload(notJson, secrets.platform)),
          post("/hooks/stripe-connect/platform", noType, signPayload(noType, secrets.platform)),
          ...mates.map((event) => deliver("/hooks/stripe-connect/platform", event, secrets.platform)),
        ])
        expect(answers.map((answer) => answer.status)).toEqual(Array(7).fill(200))

        for (const [body, reason] of [
          [notJson, /not JSON/],
          [noType, /`type`/],
        ] as const) {
          const id = toMalformedWebhookEventRow(Buffer.from(body), "platform", null, "").stripe_event_id
          const [row] = await storedEvents(container, id)
          expect(row).toEqual(
            expect.objectContaining({
              type: "malformed",
              status: "failed",
              next_attempt_at: null,
              last_error: expect.stringMatching(reason),
            })
          )
        }
        for (const mate of mates) {
          expect(await storedEvents(container, mate.id as string)).toHaveLength(1)
        }
      })
    })

    describe("retention", () => {
      const DAY_MS = 24 * 60 * 60 * 1000

      /** Stores events with the given status and age (days), the way the table holds them after that time. */
      async function storeAged(prefix: string, entries: { status: string; ageDays: number }[]): Promise<string[]> {
        const ids: string[] = []
        for (const [i, entry] of entries.entries()) {
          const event = makeEvent(
            "test.security.retention",
            { id: `obj_${prefix}_${i}` },
            { id: `evt_${prefix}_${i}_${Date.now()}` }
          )
          const [id] = await service.insertWebhookEvents([
            toWebhookEventRow(
              event as unknown as Stripe.Event,
              "platform",
              null,
              JSON.stringify(event),
              "kept out of processing"
            ),
          ])
          await knexOf(container)("stripe_connect_webhook_event")
            .where({ id })
            .update({ status: entry.status, created_at: new Date(Date.now() - entry.ageDays * DAY_MS) })
          ids.push(id as string)
        }
        return ids
      }

      const remaining = async (ids: string[]) =>
        (await knexOf(container)("stripe_connect_webhook_event").whereIn("id", ids).pluck("id")).sort()

      it("should delete in batches of the size asked for", async () => {
        const ids = await storeAged("retention_batches", Array(5).fill({ status: "processed", ageDays: 200 }))
        const before = new Date(Date.now() - 90 * DAY_MS)
        const counts = [
          await service.pruneWebhookEvents(before, 2),
          await service.pruneWebhookEvents(before, 2),
          await service.pruneWebhookEvents(before, 2),
        ]
        expect(counts).toEqual([2, 2, 1])
        expect(await remaining(ids)).toEqual([])
      })

      it("should prune, from the scheduled job, only events older than the retention that are settled", async () => {
        const old = await storeAged("retention_old", [
          { status: "processed", ageDays: 91 },
          { status: "failed", ageDays: 120 },
          { status: "rejected", ageDays: 365 },
        ])
        const kept = await storeAged("retention_kept", [
          { status: "pending", ageDays: 120 },
          { status: "processed", ageDays: 89 },
          { status: "ignored", ageDays: 0 },
        ])
        await pruneWebhookEvents(container)
        expect(await remaining(old)).toEqual([])
        expect(await remaining(kept)).toEqual([...kept].sort())
      })
    })
  },
})
