import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { toWebhookEventRow } from "../../../src/modules/stripe-connect/webhooks/event-row"
import { webhookEventStore } from "../../../src/workflows/webhook-events/utils/event-store"
import { config as retryJob } from "../../../src/jobs/retry-failed-webhook-events"
import { createAdminUser } from "../../helpers/admin-users"
import { freePortSync, knexOf, settledEvent, webhookSpecSetup } from "./helpers"
import { accountWithPayouts, payoutPaidEvents, payoutReads, recordPayoutPaidHere } from "./payout-fixtures"
import { runJobOn, secondInstanceForSuite } from "./second-instance"

jest.setTimeout(420_000)

const CONNECT_SECRET = "whsec_multi_instance_connect_secret"
const spec = webhookSpecSetup({ fixedSecrets: { connect: CONNECT_SECRET } })
const secondPort = freePortSync()
const dbName = `stripe_connect_multi_instance_${process.pid}`
const EVENTS = 20
const DELIVERIES_PER_INSTANCE = 3

medusaIntegrationTestRunner({
  inApp: true,
  dbName,
  env: {},
  testSuite: ({ getContainer }) => {
    describe("two instances on one database", () => {
      let container: MedusaContainer
      let hostEventsHere: string[] = []

      beforeAll(() => {
        container = getContainer()
        hostEventsHere = recordPayoutPaidHere(container, "multi-instance-spec-payout-paid")
      })
      // The other instance: the same app started with `medusa start` in its own process.
      secondInstanceForSuite({ dbName, port: secondPort, workerMode: "shared" })

      /** Each event stored once and processed at the first attempt (a failed attempt shows with its error). */
      const expectEachProcessedOnce = async (events: Record<string, unknown>[], accountId: string) => {
        for (const event of events) {
          expect(await settledEvent(container, event.id as string)).toEqual(
            expect.objectContaining({ account: accountId, status: "processed", attempts: 1, last_error: null })
          )
        }
      }

      it("should store and process each event once when both receive the same deliveries concurrently", async () => {
        const { account, payouts } = await accountWithPayouts(container, EVENTS)

        const events = payoutPaidEvents(account.id, payouts)
        const deliver = (event: Record<string, unknown>, target: number) =>
          spec.deliver("/hooks/stripe-connect/connect", event, CONNECT_SECRET, target)
        // Which instance stores a raced event first is chance (once, this one stored none): one event is first
        // delivered to each instance alone, so each has one to process whatever the race does.
        const [hereFirst, thereFirst] = [events[0], events[1]]
        expect((await deliver(hereFirst, spec.port)).status).toBe(200)
        expect((await deliver(thereFirst, secondPort)).status).toBe(200)

        // Then every event goes to both instances several times, all at once, in a shuffled order.
        const deliveries = events.flatMap((event) =>
          [spec.port, secondPort].flatMap((target) => Array.from({ length: DELIVERIES_PER_INSTANCE }, () => ({ event, target })))
        )
        deliveries.sort(() => Math.random() - 0.5)
        const statuses = await Promise.all(
          deliveries.map(async ({ event, target }) => ({ target, status: (await deliver(event, target)).status }))
        )
        expect(statuses.filter(({ status }) => status !== 200)).toEqual([])

        await expectEachProcessedOnce(events, account.id)
        expect(await payoutReads(account.id)).toEqual(payouts.map((payout) => `/v1/payouts/${payout.id}`).sort())
        // Host events emitted here are those of the events this instance processed: never one twice, and not all of
        // them: the other instance processed the rest.
        expect(new Set(hostEventsHere).size).toBe(hostEventsHere.length)
        expect(hostEventsHere).toContain(payouts[0].id)
        expect(hostEventsHere).not.toContain(payouts[1].id)
        expect(hostEventsHere.length).toBeGreaterThan(0)
        expect(hostEventsHere.length).toBeLessThan(EVENTS)

        const stored = await container
          .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
          .listStripeConnectPayouts({ stripe_account_id: account.id })
        expect(stored.map((payout) => payout.payout_id).sort()).toEqual(payouts.map((payout) => payout.id).sort())
      })

      it("should process pending events once when both instances run their retry sweep at the same time", async () => {
        const { account, payouts } = await accountWithPayouts(container, 30)
        // Stored, but their hand-off was lost (a crash): pending and two minutes old, due for any instance's sweep.
        const store = webhookEventStore(container)
        const events = payoutPaidEvents(account.id, payouts)
        for (const event of events) {
          await store.insertIfAbsent(toWebhookEventRow(event as unknown as Stripe.Event, "connect", account.id, JSON.stringify(event)))
        }
        await knexOf(container).raw(
          `UPDATE stripe_connect_webhook_event SET created_at = now() - interval '2 minutes', updated_at = now() - interval '2 minutes'
            WHERE account = ?`,
          [account.id]
        )

        // Each instance runs its own sweep job now, both at once (their schedules, every minute, may join in).
        const admin = await createAdminUser(container)
        await Promise.all([spec.port, secondPort].map((target) => runJobOn(target, retryJob.name, admin.headers)))

        await expectEachProcessedOnce(events, account.id)
        expect(await payoutReads(account.id)).toEqual(payouts.map((payout) => `/v1/payouts/${payout.id}`).sort())
      })
    })
  },
})
