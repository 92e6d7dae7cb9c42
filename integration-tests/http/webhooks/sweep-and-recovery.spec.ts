import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { toWebhookEventRow } from "../../../src/modules/stripe-connect/webhooks/event-row"
import { registerWebhookEventHandler } from "../../../src/workflows/webhook-events/handlers/registry"
import { webhookEventStore } from "../../../src/workflows/webhook-events/utils/event-store"
import retryFailedWebhookEvents from "../../../src/jobs/retry-failed-webhook-events"
import recoverMissedWebhookEvents from "../../../src/jobs/recover-missed-webhook-events"
import { recoverMissedWebhookEventsWorkflow } from "../../../src/workflows/webhook-events/workflows/recover-missed-webhook-events"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import {
  emulator,
  emulatorStripe,
  knexOf,
  makeEvent,
  settledEvent,
  storedEventWith,
  storedEvents,
  waitFor,
  webhookSpecSetup,
} from "./helpers"

jest.setTimeout(180_000)

webhookSpecSetup()

type Handled = { stripe_event_id: string; account: string | null; attempts: number }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let container: MedusaContainer
    let platformAdmin: TestAdmin
    const handled: Handled[] = []
    const record = async ({ record }: { record: { stripe_event_id: string; account: string | null; attempts: number } }) => {
      handled.push({ stripe_event_id: record.stripe_event_id, account: record.account, attempts: record.attempts })
    }
    registerWebhookEventHandler("test.sweep_spec.object_changed", record)
    // Recovered connected-account events in these tests are customers created on the account.
    registerWebhookEventHandler("customer.created", record)

    beforeAll(async () => {
      container = getContainer()
      platformAdmin = await createAdminUser(container, { roles: [{ role: "platform_admin" }] })
    })

    beforeEach(() => {
      handled.length = 0
    })

    const handledOf = (stripeEventId: string) => handled.filter((entry) => entry.stripe_event_id === stripeEventId)

    describe("events stuck in processing (the sweep)", () => {
      /** A stored event that a worker claimed `minutesAgo` minutes ago and never finished (it died). */
      const storeClaimedEvent = async (minutesAgo: number) => {
        const event = makeEvent("test.sweep_spec.object_changed", { id: `obj_sweep_${minutesAgo}_${Date.now()}` })
        const row = toWebhookEventRow(event as unknown as Stripe.Event, "platform", null, JSON.stringify(event))
        const id = (await webhookEventStore(container).insertIfAbsent(row)) as string
        await knexOf(container).raw(
          `UPDATE stripe_connect_webhook_event
              SET status = 'processing', attempts = 1, updated_at = now() - make_interval(mins => ?)
            WHERE id = ?`,
          [minutesAgo, id]
        )
        return event.id as string
      }

      it("should release an event processing for over ten minutes and process it once, leaving a recent one alone", async () => {
        const abandoned = await storeClaimedEvent(11)
        const running = await storeClaimedEvent(1)

        await retryFailedWebhookEvents(container)

        const row = await settledEvent(container, abandoned)
        expect(row).toEqual(expect.objectContaining({ status: "processed", attempts: 2, last_error: null }))
        expect(row.processed_at).not.toBeNull()
        expect(handledOf(abandoned)).toEqual([{ stripe_event_id: abandoned, account: null, attempts: 2 }])
        expect(await storedEvents(container, running)).toEqual([expect.objectContaining({ status: "processing", attempts: 1 })])
        expect(handledOf(running)).toEqual([])

        // A second sweep finds nothing more to do: the released event stays processed once.
        await retryFailedWebhookEvents(container)
        expect(handledOf(abandoned)).toHaveLength(1)
        expect((await storedEvents(container, abandoned))[0].attempts).toBe(2)
      })
    })

    describe("missed events of a connected account (recovery)", () => {
      let accountId: string
      const stripe = emulatorStripe()

      beforeAll(async () => {
        accountId = (await stripe.accounts.create({ type: "express", country: "US", email: "recovery@example.com" })).id
      })

      // The test runner empties the tables after each test: the plugin learns of the account before each.
      beforeEach(async () => {
        const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
        if (!(await service.listConnectedAccounts({ stripe_account_id: accountId })).length) {
          await service.createConnectedAccounts([
            { stripe_account_id: accountId, merchant_id: "merchant_recovery", mode: "test", type: "express" },
          ])
        }
      })

      /** Creates a customer on the connected account while the emulator holds deliveries; returns its event. */
      const missedAccountEvent = async (email: string): Promise<Stripe.Event> => {
        await emulator("POST", "/webhooks/config", { auto_deliver: false })
        let customer: Stripe.Customer
        try {
          customer = await stripe.customers.create({ email }, { stripeAccount: accountId })
        } finally {
          await emulator("POST", "/webhooks/config", { auto_deliver: true })
        }
        const { data } = await stripe.events.list({ type: "customer.created", limit: 100 }, { stripeAccount: accountId })
        const event = data.find((candidate) => (candidate.data.object as Stripe.Customer).id === customer.id)
        expect(event).toBeDefined()
        expect(await storedEvents(container, (event as Stripe.Event).id)).toEqual([])
        return event as Stripe.Event
      }

      it("should store the account's missed event once with its account through the admin action, and process it once", async () => {
        const { now } = await emulator<{ now: number }>("GET", "/clock")
        const missed = await missedAccountEvent("missed-admin@example.com")

        const response = await api.post(
          "/admin/stripe-connect/webhook-events/recover",
          { since: now - 5, account: accountId },
          { headers: platformAdmin.headers, validateStatus: () => true }
        )
        expect(response.status).toBe(200)
        expect(response.data.recovered).toEqual([
          expect.objectContaining({ stripe_event_id: missed.id, type: "customer.created", account: accountId }),
        ])
        const row = await storedEventWith(container, missed.id)
        expect(row).toEqual(expect.objectContaining({ account: accountId, endpoint: "connect", attempts: 1 }))
        expect(handledOf(missed.id)).toEqual([{ stripe_event_id: missed.id, account: accountId, attempts: 1 }])

        const again = await api.post(
          "/admin/stripe-connect/webhook-events/recover",
          { since: now - 5, account: accountId },
          { headers: platformAdmin.headers, validateStatus: () => true }
        )
        expect(again.data.recovered).toEqual([])
        expect(await storedEvents(container, missed.id)).toHaveLength(1)
      })

      it("should look at every known account, not only the first 100", async () => {
        const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
        // 120 accounts known after the recovery account (Stripe does not know them: each is an error of the run).
        await service.createConnectedAccounts(
          Array.from({ length: 120 }, (_, i) => ({
            stripe_account_id: `acct_paging_${String(i).padStart(3, "0")}`,
            merchant_id: `merchant_paging_${i}`,
            mode: "test" as const,
            type: "express" as const,
          }))
        )
        const { now } = await emulator<{ now: number }>("GET", "/clock")
        const missed = await missedAccountEvent("missed-paging@example.com")

        const { result } = await recoverMissedWebhookEventsWorkflow(container).run({ input: { since: now - 5 } })
        expect(result.accounts).toBe(121)
        expect(result.errors).toHaveLength(120)
        // (Events of the account from earlier tests are recovered again: the runner emptied the tables.)
        expect(result.recovered).toContainEqual(expect.objectContaining({ stripe_event_id: missed.id, account: accountId }))
      })

      it("should recover every known account's missed events from the job, once, and ignore the late delivery", async () => {
        const missed = await missedAccountEvent("missed-job@example.com")

        await recoverMissedWebhookEvents(container)
        const row = await storedEventWith(container, missed.id)
        expect(row).toEqual(expect.objectContaining({ account: accountId, endpoint: "connect" }))

        await recoverMissedWebhookEvents(container)
        // The held delivery reaches the Connect endpoint late: it is a duplicate of the recovered event.
        await emulator("POST", "/webhooks/flush")
        await waitFor(async () => {
          const { data } = await emulator<{ data: { status: number | null }[] }>("GET", `/webhooks/deliveries?event=${missed.id}`)
          return data.length > 0 && data.every((delivery) => delivery.status === 200)
        }, "the late delivery")
        expect(await storedEvents(container, missed.id)).toEqual([expect.objectContaining({ account: accountId, status: "processed" })])
        expect(handledOf(missed.id)).toEqual([{ stripe_event_id: missed.id, account: accountId, attempts: 1 }])
      })
    })
  },
})
