import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Event, IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type Stripe from "stripe"
import {
  handledWebhookEventTypes,
  registerWebhookEventHandler,
} from "../../../src/workflows/webhook-events/handlers/registry"
import { registerAccountWebhookEndpointStep } from "../../../src/workflows/webhook-events/steps/register-account-webhook-endpoint"
import { deleteAccountWebhookEndpointStep } from "../../../src/workflows/webhook-events/steps/delete-account-webhook-endpoint"
import { webhookProcessingQueue } from "../../../src/workflows/webhook-events/utils/processing-queue"
import retryFailedWebhookEvents from "../../../src/jobs/retry-failed-webhook-events"
import { createAdminUser } from "../../helpers/admin-users"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import {
  emulator,
  emulatorStripe,
  knexOf,
  makeEvent,
  settledEvent,
  signPayload,
  storedEventWith,
  storedEvents,
  waitFor,
  webhookSpecSetup,
} from "./helpers"

jest.setTimeout(180_000)

const ROLLED_PLATFORM_SECRET = "whsec_rolled_platform_secret_for_tests"
const CONNECT_SECRET_FALLBACK = "whsec_second_connect_secret_for_tests"
// Real Stripe endpoints at the emulator deliver to the app; the plugin also knows a second (rolled) secret each.
const {
  appUrl,
  secrets,
  post,
  deliver: deliverSigned,
} = webhookSpecSetup({
  secretLists: (own) => ({
    platform: [own.platform, ROLLED_PLATFORM_SECRET],
    connect: [CONNECT_SECRET_FALLBACK, own.connect],
  }),
})

const registerEndpointWorkflow = createWorkflow(
  "webhooks-spec-register-account-endpoint",
  (input: { account_id: string }) => new WorkflowResponse(registerAccountWebhookEndpointStep(input))
)
const deleteEndpointWorkflow = createWorkflow(
  "webhooks-spec-delete-account-endpoint",
  (input: { account_id: string }) => new WorkflowResponse(deleteAccountWebhookEndpointStep(input))
)

type HostEvent = { name: string; data: Record<string, unknown> }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const hostEvents: HostEvent[] = []
    let container: MedusaContainer

    beforeAll(async () => {
      container = getContainer()
      const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      for (const name of [
        "stripe.payout_paid",
        "stripe.payout_failed",
        "stripe.dispute_created",
        "stripe.dispute_updated",
      ]) {
        eventBus.subscribe(
          name,
          async (event: Event) => {
            hostEvents.push({ name: event.name, data: event.data as Record<string, unknown> })
          },
          { subscriberId: `webhooks-spec-${name}` }
        )
      }
    })

    beforeEach(() => {
      hostEvents.length = 0
    })

    const processedRow = (stripeEventId: string, status = "processed") =>
      storedEventWith(container, stripeEventId, status)

    const payoutObject = (id: string, status: string) => ({
      id,
      object: "payout",
      amount: 1250,
      currency: "jpy",
      status,
      arrival_date: 1_800_000_000,
      failure_code: status === "failed" ? "account_closed" : null,
      failure_message: status === "failed" ? "The bank account has been closed" : null,
    })

    describe("POST /hooks/stripe-connect/platform (signatures)", () => {
      it("should store and process an event the emulator signs and delivers", async () => {
        const stripe = emulatorStripe()
        await emulator("POST", "/balance/add", { amount: 5000, currency: "usd" })
        const payout = await stripe.payouts.create({ amount: 1500, currency: "usd" })
        await emulator("POST", `/payouts/${payout.id}/status`, { status: "paid" })
        const event = await waitFor(async () => {
          const { data } = await emulator<{ data: Stripe.Event[] }>("GET", "/events?type=payout.paid")
          return data.find((candidate) => (candidate.data.object as Stripe.Payout).id === payout.id)
        }, "the emulator's payout.paid event")

        const row = await processedRow(event.id)
        expect(row).toEqual(
          expect.objectContaining({ endpoint: "platform", account: null, type: "payout.paid", attempts: 1 })
        )
        expect(row.related_object_ids[0]).toBe(payout.id)
        await waitFor(async () => hostEvents.some((host) => host.data.payout_id === payout.id), "stripe.payout_paid")
        expect(hostEvents.find((host) => host.data.payout_id === payout.id)).toEqual({
          name: "stripe.payout_paid",
          data: expect.objectContaining({
            id: row.id,
            stripe_event_id: event.id,
            account: null,
            object_id: payout.id,
            amount: 1500,
            currency: "usd",
            status: "paid",
          }),
        })
      })

      it("should answer 400 and store nothing for a bad signature, a wrong secret, a stale timestamp or none", async () => {
        const event = makeEvent("payout.paid", payoutObject("po_rejected", "paid"))
        const payload = JSON.stringify(event)
        const stale = Math.floor(Date.now() / 1000) - 3600
        const attempts = [
          post("/hooks/stripe-connect/platform", payload, signPayload(payload, "whsec_not_configured")),
          post("/hooks/stripe-connect/platform", payload, signPayload(payload, secrets.connect)),
          post("/hooks/stripe-connect/platform", payload, signPayload(payload, secrets.platform, stale)),
          post(
            "/hooks/stripe-connect/platform",
            payload.replace("po_rejected", "po_changed"),
            signPayload(payload, secrets.platform)
          ),
          post("/hooks/stripe-connect/platform", payload),
          post("/hooks/stripe-connect/platform", payload, "t=1,v1=deadbeef"),
        ]
        const responses = await Promise.all(attempts)
        expect(responses.map((response) => response.status)).toEqual([400, 400, 400, 400, 400, 400])
        expect(responses[0].data).toEqual(
          expect.objectContaining({ code: "invalid_request", param: "Stripe-Signature" })
        )
        expect(JSON.stringify(responses.map((response) => response.data))).not.toContain("whsec_")
        expect(await storedEvents(container, event.id as string)).toEqual([])
      })

      it("should refuse the emulator's badly signed delivery and store nothing", async () => {
        await emulator("POST", "/webhooks/config", { auto_deliver: false })
        try {
          await emulatorStripe().customers.create({ email: "bad-signature@example.com" })
          const { data } = await emulator<{ data: Stripe.Event[] }>("GET", "/events?type=customer.created")
          const event = data[0]
          await emulator("POST", `/events/${event.id}/deliver`, { bad_signature: true })
          const attempt = await waitFor(async () => {
            const { data: deliveries } = await emulator<{
              data: { status: number | "pending" | null; bad_signature: boolean }[]
            }>("GET", `/webhooks/deliveries?event=${event.id}`)
            return deliveries.find((delivery) => delivery.bad_signature && typeof delivery.status === "number")
          }, "the badly signed delivery")
          expect(attempt.status).toBe(400)
          expect(await storedEvents(container, event.id)).toEqual([])
        } finally {
          await emulator("POST", "/webhooks/flush")
          await emulator("POST", "/webhooks/config", { auto_deliver: true })
        }
      })

      it("should accept either of two configured secrets (rolling)", async () => {
        const first = makeEvent("customer.updated", { id: "cus_roll_1", object: "customer" })
        const second = makeEvent("customer.updated", { id: "cus_roll_2", object: "customer" })
        expect((await deliverSigned("/hooks/stripe-connect/platform", first, secrets.platform)).status).toBe(200)
        expect((await deliverSigned("/hooks/stripe-connect/platform", second, ROLLED_PLATFORM_SECRET)).status).toBe(200)
        const connectEvent = makeEvent(
          "customer.updated",
          { id: "cus_roll_3", object: "customer" },
          { account: "acct_roll" }
        )
        expect(
          (await deliverSigned("/hooks/stripe-connect/connect", connectEvent, CONNECT_SECRET_FALLBACK)).data
        ).toEqual({
          received: true,
        })
        expect(await storedEvents(container, first.id as string)).toHaveLength(1)
        expect(await storedEvents(container, second.id as string)).toHaveLength(1)
        expect((await storedEvents(container, connectEvent.id as string))[0]).toEqual(
          expect.objectContaining({ endpoint: "connect", account: "acct_roll" })
        )
      })
    })

    describe("exactly once", () => {
      it("should store and process a delivery repeated 5 times once", async () => {
        const stripe = emulatorStripe()
        await emulator("POST", "/balance/add", { amount: 9000, currency: "usd" })
        const payout = await stripe.payouts.create({ amount: 700, currency: "usd" })
        await emulator("POST", `/payouts/${payout.id}/status`, { status: "paid" })
        const { data } = await emulator<{ data: Stripe.Event[] }>("GET", "/events?type=payout.paid")
        const event = data.find(
          (candidate) => (candidate.data.object as Stripe.Payout).id === payout.id
        ) as Stripe.Event
        await processedRow(event.id)

        await emulator("POST", `/events/${event.id}/deliver`, { times: 5 })
        await waitFor(async () => {
          const { data: deliveries } = await emulator<{ data: { status: number | null }[] }>(
            "GET",
            `/webhooks/deliveries?event=${event.id}`
          )
          return deliveries.length >= 6 && deliveries.every((delivery) => delivery.status === 200)
        }, "six answered deliveries")

        const rows = await storedEvents(container, event.id)
        expect(rows).toHaveLength(1)
        expect(rows[0]).toEqual(expect.objectContaining({ status: "processed", attempts: 1 }))
        expect(hostEvents.filter((host) => host.data.payout_id === payout.id)).toHaveLength(1)
      })

      it("should keep one row and one side effect for 50 concurrent duplicate deliveries", async () => {
        const effects: string[] = []
        const unregister = registerWebhookEventHandler("test.webhooks_spec_concurrent", async ({ event }) => {
          effects.push(event.id)
        })
        try {
          const event = makeEvent(
            "test.webhooks_spec_concurrent",
            { id: "obj_concurrent", object: "test" },
            { account: "acct_concurrent" }
          )
          const payload = JSON.stringify(event)
          const signature = signPayload(payload, secrets.connect)
          const responses = await Promise.all(
            Array.from({ length: 50 }, () => post("/hooks/stripe-connect/connect", payload, signature))
          )
          expect(new Set(responses.map((response) => response.status))).toEqual(new Set([200]))
          const row = await processedRow(event.id as string)
          expect(row).toEqual(expect.objectContaining({ attempts: 1, account: "acct_concurrent", endpoint: "connect" }))
          // Every delivery was answered after its hand-off: once the app's processing queue is idle, any duplicate
          // processing would have happened.
          await waitFor(async () => {
            const { waiting, running } = await webhookProcessingQueue(container).state()
            return waiting === 0 && running === 0
          }, "the processing queue to be idle")
          expect(await storedEvents(container, event.id as string)).toHaveLength(1)
          expect(effects).toEqual([event.id])
        } finally {
          unregister()
        }
      })

      it("should mark an event of a type without a handler ignored", async () => {
        const event = makeEvent("customer.created", { id: "cus_ignored", object: "customer" })
        expect((await deliverSigned("/hooks/stripe-connect/platform", event, secrets.platform)).status).toBe(200)
        const row = await processedRow(event.id as string, "ignored")
        expect(row).toEqual(expect.objectContaining({ attempts: 1, last_error: null }))
        expect(row.processed_at).not.toBeNull()
      })
    })

    describe("order", () => {
      const disputeStatuses = () => {
        const latest = new Map<string, string>()
        for (const host of hostEvents) {
          if (host.name.startsWith("stripe.dispute_")) {
            latest.set(host.data.dispute_id as string, host.data.status as string)
          }
        }
        return latest
      }

      /** Creates a disputed charge and submits evidence, with the emulator holding the events back. */
      async function disputeEvents(): Promise<{ dispute: string; created: string; updated: string }> {
        const stripe = emulatorStripe()
        const intent = await stripe.paymentIntents.create({ amount: 2500, currency: "usd" })
        await emulator("POST", `/payment_intents/${intent.id}/succeed`)
        const charge = (await stripe.paymentIntents.retrieve(intent.id)).latest_charge as string
        const { id: disputeId } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, {
          reason: "fraudulent",
        })
        await emulator("POST", "/clock/advance", { seconds: 30 })
        await stripe.disputes.update(disputeId, { evidence: { customer_name: "Jane Doe" }, submit: true })
        const { data } = await emulator<{ data: Stripe.Event[] }>("GET", "/events")
        const about = data.filter((event) => (event.data.object as { id: string }).id === disputeId)
        const created = about.find((event) => event.type === "charge.dispute.created") as Stripe.Event
        const updated = about.find((event) => event.type === "charge.dispute.updated") as Stripe.Event
        return { dispute: disputeId, created: created.id, updated: updated.id }
      }

      it("should reach the same final state when events arrive in reverse order", async () => {
        await emulator("POST", "/webhooks/config", { auto_deliver: false })
        try {
          const inOrder = await disputeEvents()
          await emulator("POST", "/webhooks/flush", { order: [inOrder.created] })
          await processedRow(inOrder.created)
          await emulator("POST", "/webhooks/flush", { order: [inOrder.updated] })
          await processedRow(inOrder.updated)

          const reversed = await disputeEvents()
          await emulator("POST", "/webhooks/flush", { order: [reversed.updated] })
          await processedRow(reversed.updated)
          await emulator("POST", "/webhooks/flush", { order: [reversed.created] })
          await processedRow(reversed.created)

          const statuses = disputeStatuses()
          expect(statuses.get(inOrder.dispute)).toBe("under_review")
          expect(statuses.get(reversed.dispute)).toBe(statuses.get(inOrder.dispute))
          // The late `created` event changed nothing the host sees.
          expect(
            hostEvents.filter((host) => host.data.dispute_id === reversed.dispute).map((host) => host.name)
          ).toEqual(["stripe.dispute_updated"])
        } finally {
          await emulator("POST", "/webhooks/flush")
          await emulator("POST", "/webhooks/config", { auto_deliver: true })
        }
      })
    })

    describe("failures, retries and replay", () => {
      it("should mark a throwing handler's event failed, retry it from the job once fixed, and replay it", async () => {
        let broken = true
        let runs = 0
        const unregister = registerWebhookEventHandler("test.webhooks_spec", async () => {
          runs += 1
          if (broken) {
            throw new Error("the handler's dependency is down")
          }
        })
        try {
          const event = makeEvent("test.webhooks_spec", { id: "obj_retry", object: "test" })
          expect((await deliverSigned("/hooks/stripe-connect/platform", event, secrets.platform)).status).toBe(200)
          const failed = await processedRow(event.id as string, "failed")
          expect(failed).toEqual(
            expect.objectContaining({ attempts: 1, last_error: "the handler's dependency is down" })
          )
          expect(failed.next_attempt_at).not.toBeNull()
          expect(new Date(failed.next_attempt_at as Date).getTime()).toBeGreaterThan(Date.now())

          // Not due yet: the job leaves it alone.
          await retryFailedWebhookEvents(container)
          expect((await storedEvents(container, event.id as string))[0].attempts).toBe(1)

          broken = false
          await knexOf(container)("stripe_connect_webhook_event")
            .where({ id: failed.id })
            .update({ next_attempt_at: new Date(Date.now() - 1000) })
          await retryFailedWebhookEvents(container)
          const retried = await settledEvent(container, event.id as string)
          expect(retried).toEqual(expect.objectContaining({ status: "processed", attempts: 2, last_error: null }))
          expect(runs).toBe(2)

          const replay = await replayAsSuperAdmin(failed.id)
          expect(replay.status).toBe(200)
          expect(replay.data.webhook_event).toEqual(expect.objectContaining({ id: failed.id, status: "pending" }))
          const replayed = await waitFor(async () => {
            const [row] = await storedEvents(container, event.id as string)
            return row.attempts === 3 && row.status === "processed" ? row : undefined
          }, "the replay to be processed")
          expect(replayed.processed_at).not.toBeNull()
          expect(runs).toBe(3)
        } finally {
          unregister()
        }
      })

      it("should stop retrying after the attempt limit and leave the event failed", async () => {
        const unregister = registerWebhookEventHandler("test.webhooks_spec_always", async () => {
          throw new Error("always broken")
        })
        try {
          const event = makeEvent("test.webhooks_spec_always", { id: "obj_limit", object: "test" })
          await deliverSigned("/hooks/stripe-connect/platform", event, secrets.platform)
          const failed = await processedRow(event.id as string, "failed")
          const { maxAttempts } = (
            await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getOptions()
          ).webhookProcessing
          for (let attempt = 2; attempt <= maxAttempts + 1; attempt++) {
            await knexOf(container)("stripe_connect_webhook_event")
              .where({ id: failed.id })
              .whereNotNull("next_attempt_at")
              .update({ next_attempt_at: new Date(Date.now() - 1000) })
            await retryFailedWebhookEvents(container)
            await settledEvent(container, event.id as string)
          }
          const row = await settledEvent(container, event.id as string)
          expect(row).toEqual(
            expect.objectContaining({ status: "failed", attempts: maxAttempts, next_attempt_at: null })
          )
        } finally {
          unregister()
        }
      })

      it("should process a pending event whose hand-off was lost once it is a minute old", async () => {
        const event = makeEvent("payout.paid", payoutObject("po_lost_handoff", "paid"))
        const id = "scwhevt_lost_handoff"
        await knexOf(container).raw(
          `INSERT INTO stripe_connect_webhook_event (id, stripe_event_id, endpoint, account, account_key, type, stripe_created_at,
             payload, related_object_ids, created_at, updated_at)
           VALUES (?, ?, 'platform', NULL, 'platform', 'payout.paid', now(), ?::jsonb, ARRAY['po_lost_handoff'],
             now() - interval '2 minutes', now() - interval '2 minutes')`,
          [id, event.id as string, JSON.stringify(event)]
        )
        await retryFailedWebhookEvents(container)
        expect(await settledEvent(container, event.id as string)).toEqual(
          expect.objectContaining({ status: "processed", attempts: 1 })
        )
        expect(hostEvents.filter((host) => host.data.payout_id === "po_lost_handoff")).toHaveLength(1)
      })
    })

    describe("POST /hooks/stripe-connect/accounts/:account_id", () => {
      it("should verify with the registered endpoint's secret, store the account's events once and stop after deletion", async () => {
        const stripe = emulatorStripe()
        const account = await stripe.accounts.create({ type: "standard", country: "US", email: "owner@example.com" })
        const { result: endpoint } = await registerEndpointWorkflow(container).run({
          input: { account_id: account.id },
        })
        expect(endpoint).toEqual(
          expect.objectContaining({
            account_id: account.id,
            url: `${appUrl}/hooks/stripe-connect/accounts/${account.id}`,
            enabled_events: handledWebhookEventTypes(),
          })
        )
        expect(endpoint).not.toHaveProperty("secret")
        const stored = await container
          .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
          .listWebhookEndpoints({ account_id: account.id })
        expect(stored).toHaveLength(1)
        expect(stored[0].secret_sealed).not.toMatch(/^whsec_/)

        // Registering again returns the same endpoint without a second one at Stripe.
        const { result: again } = await registerEndpointWorkflow(container).run({ input: { account_id: account.id } })
        expect(again.stripe_endpoint_id).toBe(endpoint.stripe_endpoint_id)
        const atStripe = await stripe.webhookEndpoints.list({}, { stripeAccount: account.id })
        expect(atStripe.data).toHaveLength(1)

        await emulator("POST", `/accounts/${account.id}/update`, { details_submitted: true })
        const event = await waitFor(async () => {
          const { data } = await emulator<{ data: Stripe.Event[] }>(
            "GET",
            `/events?account=${account.id}&type=account.updated`
          )
          return data[0]
        }, "the account.updated event")
        // Delivered to the Connect endpoint and to the account's own endpoint: stored once.
        await waitFor(async () => {
          const { data } = await emulator<{ data: { url: string; status: number | null }[] }>(
            "GET",
            `/webhooks/deliveries?event=${event.id}`
          )
          return data.filter((delivery) => delivery.status === 200).length >= 2
        }, "both deliveries to be answered")
        const rows = await storedEvents(container, event.id)
        expect(rows).toHaveLength(1)
        expect(rows[0].account).toBe(account.id)

        // Another account's event is stored as rejected on this account's endpoint, under this account, even when
        // correctly signed (security/webhooks.spec.ts covers what rejected events do not change).
        const foreign = makeEvent("account.updated", { id: "acct_other", object: "account" }, { account: "acct_other" })
        const sealed = stored[0].secret_sealed
        const secret = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).openSecret(sealed)
        expect((await deliverSigned(`/hooks/stripe-connect/accounts/${account.id}`, foreign, secret)).status).toBe(200)
        expect(await storedEvents(container, foreign.id as string)).toEqual([
          expect.objectContaining({
            status: "rejected",
            account: account.id,
            last_error: expect.stringMatching(/acct_other/),
          }),
        ])
        // The platform's secrets are not this endpoint's.
        const own = makeEvent("customer.created", { id: "cus_acct", object: "customer" }, { account: account.id })
        expect(
          (await deliverSigned(`/hooks/stripe-connect/accounts/${account.id}`, own, secrets.platform)).status
        ).toBe(400)
        expect((await deliverSigned(`/hooks/stripe-connect/accounts/${account.id}`, own, secret)).status).toBe(200)

        const { result: deleted } = await deleteEndpointWorkflow(container).run({ input: { account_id: account.id } })
        expect(deleted.deleted).toEqual([endpoint.stripe_endpoint_id])
        expect((await stripe.webhookEndpoints.list({}, { stripeAccount: account.id })).data).toHaveLength(0)
        expect(
          await container
            .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
            .listWebhookEndpoints({ account_id: account.id })
        ).toHaveLength(0)
        // The Stripe endpoint's create carried an idempotency key naming the account.
        const { data: log } = await emulator<{
          data: { idempotency_key: string | null; stripe_account: string | null }[]
        }>("GET", `/requests?method=POST&path=/v1/webhook_endpoints&account=${account.id}`)
        expect(log.length).toBeGreaterThan(0)
        expect(log[0].idempotency_key).toMatch(new RegExp(`^stripe-connect:webhook-endpoint:create:${account.id}:`))
      })

      it("should refuse deliveries for an account without a registered endpoint", async () => {
        const event = makeEvent(
          "customer.created",
          { id: "cus_none", object: "customer" },
          { account: "acct_unregistered" }
        )
        const response = await deliverSigned("/hooks/stripe-connect/accounts/acct_unregistered", event, secrets.connect)
        expect(response.status).toBe(400)
        expect(await storedEvents(container, event.id as string)).toEqual([])
      })
    })

    async function replayAsSuperAdmin(id: string) {
      const admin = await createAdminUser(container, { roles: [{ role: "super_admin" }] })
      return api.post(
        `/admin/stripe-connect/webhook-events/${id}/replay`,
        {},
        { headers: admin.headers, validateStatus: () => true }
      )
    }
  },
})
