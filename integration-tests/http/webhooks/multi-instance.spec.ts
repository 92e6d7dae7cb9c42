import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { toWebhookEventRow } from "../../../src/modules/stripe-connect/webhooks/event-row"
import { webhookEventStore } from "../../../src/workflows/webhook-events/utils/event-store"
import retryFailedWebhookEvents from "../../../src/jobs/retry-failed-webhook-events"
import { emulator, freePortSync, knexOf, signPayload, storedEvents, waitFor } from "./helpers"
import { accountWithPayouts, payoutPaidEvents, payoutReads, recordPayoutPaidHere } from "./payout-fixtures"
import { startSecondInstance, stopSecondInstance, type SecondInstance } from "./second-instance"

jest.setTimeout(420_000)

const port = freePortSync()
process.env.PORT = String(port)
const secondPort = freePortSync()
const dbName = `stripe_connect_multi_instance_${process.pid}`
const CONNECT_SECRET = "whsec_multi_instance_connect_secret"
const EVENTS = 20
const DELIVERIES_PER_INSTANCE = 3

beforeAll(async () => {
  await emulator("POST", "/reset")
  process.env.STRIPE_WEBHOOK_SECRETS_CONNECT = CONNECT_SECRET
})

medusaIntegrationTestRunner({
  inApp: true,
  dbName,
  env: {},
  testSuite: ({ getContainer }) => {
    describe("two instances on one database", () => {
      let container: MedusaContainer
      let second: SecondInstance | undefined
      let hostEventsHere: string[] = []

      beforeAll(async () => {
        container = getContainer()
        hostEventsHere = recordPayoutPaidHere(container, "multi-instance-spec-payout-paid")
        // The other instance: the same app started with `medusa start` in its own process.
        second = await startSecondInstance({ dbName, port: secondPort, workerMode: "shared" })
      })

      afterAll(async () => {
        await stopSecondInstance(second)
      })

      const processedRows = (stripeEventId: string) =>
        waitFor(async () => {
          const found = await storedEvents(container, stripeEventId)
          return found.length && found.every((row) => row.status === "processed") ? found : undefined
        }, `${stripeEventId} to be processed`, 90_000)

      it("should store and process each event once when both receive the same deliveries concurrently", async () => {
        const { account, payouts } = await accountWithPayouts(container, EVENTS)

        // Every event goes to both instances several times, all at once, in a shuffled order.
        const events = payoutPaidEvents(account.id, payouts)
        const deliveries = events.flatMap((event) =>
          [port, secondPort].flatMap((target) => Array.from({ length: DELIVERIES_PER_INSTANCE }, () => ({ event, target })))
        )
        deliveries.sort(() => Math.random() - 0.5)
        const statuses = await Promise.all(
          deliveries.map(async ({ event, target }) => {
            const payload = JSON.stringify(event)
            const response = await fetch(`http://127.0.0.1:${target}/hooks/stripe-connect/connect`, {
              method: "POST",
              headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, CONNECT_SECRET) },
              body: payload,
            })
            return { target, status: response.status }
          })
        )
        expect(statuses.filter(({ status }) => status !== 200)).toEqual([])

        for (const event of events) {
          expect(await processedRows(event.id as string)).toEqual([
            expect.objectContaining({ account: account.id, status: "processed", attempts: 1 }),
          ])
        }
        expect(await payoutReads(account.id)).toEqual(payouts.map((payout) => `/v1/payouts/${payout.id}`).sort())
        // Host events emitted here are those of the events this instance processed: never one twice, and (with the
        // deliveries shuffled) not all of them: the other instance processed the rest.
        expect(new Set(hostEventsHere).size).toBe(hostEventsHere.length)
        expect(hostEventsHere.length).toBeGreaterThan(0)
        expect(hostEventsHere.length).toBeLessThan(EVENTS)

        const stored = await container
          .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
          .listStripeConnectPayouts({ stripe_account_id: account.id })
        expect(stored.map((payout) => payout.payout_id).sort()).toEqual(payouts.map((payout) => payout.id).sort())
      })

      it("should process pending events once when both instances' retry sweeps run at the same minute", async () => {
        const { account, payouts } = await accountWithPayouts(container, 30)
        // Stored, but their hand-off was lost (a crash): pending and two minutes old, due for both instances' sweep.
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

        // The other instance sweeps at the start of every minute (its job); this one sweeps then too.
        const toNextMinute = 60_000 - (Date.now() % 60_000)
        await new Promise((resolve) => setTimeout(resolve, toNextMinute + 20))
        await retryFailedWebhookEvents(container)

        for (const event of events) {
          expect(await processedRows(event.id as string)).toEqual([
            expect.objectContaining({ account: account.id, status: "processed", attempts: 1 }),
          ])
        }
        expect(await payoutReads(account.id)).toEqual(payouts.map((payout) => `/v1/payouts/${payout.id}`).sort())
      })
    })
  },
})
