import { spawn, type ChildProcess } from "node:child_process"
import path from "node:path"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Event, IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { toWebhookEventRow } from "../../../src/modules/stripe-connect/webhooks/event-row"
import { webhookEventStore } from "../../../src/workflows/webhook-events/utils/event-store"
import retryFailedWebhookEvents from "../../../src/jobs/retry-failed-webhook-events"
import type { EmulatorRequest } from "../accounts/emulator"
import { emulator, emulatorStripe, freePortSync, knexOf, makeEvent, signPayload, storedEvents, waitFor } from "./helpers"

jest.setTimeout(420_000)

const repoRoot = path.resolve(__dirname, "../../..")
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

/**
 * The second instance: the same app (this repository's medusa-config.ts) started with the Medusa CLI in its own
 * process, on the same database and the same Stripe (emulator) as the test's app.
 */
function startSecondInstance(): { child: ChildProcess; output: () => string } {
  const env: NodeJS.ProcessEnv = { ...process.env }
  for (const key of ["NODE_OPTIONS", "TEST_TYPE", "JEST_WORKER_ID"]) {
    delete env[key]
  }
  const { DB_USERNAME, DB_PASSWORD, DB_HOST, DB_PORT } = process.env
  const child = spawn(process.execPath, [path.join(repoRoot, "node_modules/@medusajs/cli/cli.js"), "start"], {
    cwd: repoRoot,
    env: {
      ...env,
      NODE_ENV: "development",
      PORT: String(secondPort),
      DATABASE_URL: `postgres://${DB_USERNAME}:${DB_PASSWORD}@${DB_HOST}:${DB_PORT}/${dbName}`,
      MEDUSA_ADMIN_DISABLED: "true",
      MEDUSA_WORKER_MODE: "shared",
      LOG_LEVEL: "warn",
    },
    stdio: ["ignore", "pipe", "pipe"],
  })
  let output = ""
  child.stdout?.on("data", (chunk) => (output += chunk))
  child.stderr?.on("data", (chunk) => (output += chunk))
  return { child, output: () => output.slice(-4000) }
}

async function stopProcess(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) {
    return
  }
  const exited = new Promise((resolve) => child.once("exit", resolve))
  child.kill("SIGTERM")
  const timer = setTimeout(() => child.kill("SIGKILL"), 10_000)
  await exited
  clearTimeout(timer)
}

medusaIntegrationTestRunner({
  inApp: true,
  dbName,
  env: {},
  testSuite: ({ getContainer }) => {
    describe("two instances on one database", () => {
      let container: MedusaContainer
      let second: ReturnType<typeof startSecondInstance> | undefined
      const hostEventsHere: string[] = []

      beforeAll(async () => {
        container = getContainer()
        container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).subscribe(
          "stripe.payout_paid",
          async (event: Event) => {
            hostEventsHere.push((event.data as { payout_id: string }).payout_id)
          },
          { subscriberId: "multi-instance-spec-payout-paid" }
        )
        second = startSecondInstance()
        await waitFor(
          async () => {
            if (second?.child.exitCode !== null) {
              throw new Error(`the second instance exited (${second?.child.exitCode}):\n${second?.output()}`)
            }
            return (await fetch(`http://127.0.0.1:${secondPort}/health`).catch(() => null))?.status === 200
          },
          "the second instance to serve",
          300_000
        )
      })

      afterAll(async () => {
        await stopProcess(second?.child)
      })

      /** A connected account known to the plugin, with `count` payouts at Stripe; the request log cleared. */
      const accountWithPayouts = async (count: number) => {
        const stripe = emulatorStripe()
        const account = await stripe.accounts.create({ type: "express", country: "US", email: "multi@example.com" })
        await emulator("POST", `/accounts/${account.id}/complete_onboarding`)
        await emulator("POST", "/balance/add", { account: account.id, amount: 100_000, currency: "usd" })
        await container
          .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
          .createConnectedAccounts([{ stripe_account_id: account.id, merchant_id: "merchant_multi", mode: "test", type: "express" }])
        const payouts: Stripe.Payout[] = []
        for (let i = 0; i < count; i++) {
          payouts.push(await stripe.payouts.create({ amount: 100 + i, currency: "usd" }, { stripeAccount: account.id }))
        }
        await emulator("DELETE", "/requests")
        return { account, payouts }
      }

      /** The side effect of processing a payout event: reading the payout from Stripe, whichever instance does it. */
      const payoutReads = async (accountId: string) => {
        const { data: requests } = await emulator<{ data: EmulatorRequest[] }>("GET", "/requests?method=GET&path=/v1/payouts/*")
        return requests.filter((request) => request.stripe_account === accountId).map((request) => request.path).sort()
      }

      const processedRows = (stripeEventId: string) =>
        waitFor(async () => {
          const found = await storedEvents(container, stripeEventId)
          return found.length && found.every((row) => row.status === "processed") ? found : undefined
        }, `${stripeEventId} to be processed`, 90_000)

      it("should store and process each event once when both receive the same deliveries concurrently", async () => {
        const { account, payouts } = await accountWithPayouts(EVENTS)

        // Every event goes to both instances several times, all at once, in a shuffled order.
        const events = payouts.map((payout) => makeEvent("payout.paid", { ...payout, status: "paid" }, { account: account.id }))
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
        const { account, payouts } = await accountWithPayouts(30)
        // Stored, but their hand-off was lost (a crash): pending and two minutes old, due for both instances' sweep.
        const store = webhookEventStore(container)
        const events = payouts.map((payout) => makeEvent("payout.paid", { ...payout, status: "paid" }, { account: account.id }))
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
