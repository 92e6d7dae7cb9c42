import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { emulator, freePortSync, signPayload, storedEvents, waitFor } from "./helpers"
import { accountWithPayouts, payoutPaidEvents, payoutReads, recordPayoutPaidHere } from "./payout-fixtures"
import { startSecondInstance, stopSecondInstance, type SecondInstance } from "./second-instance"

jest.setTimeout(420_000)

const port = freePortSync()
process.env.PORT = String(port)
const workerPort = freePortSync()
const dbName = `stripe_connect_split_${process.pid}`
const CONNECT_SECRET = "whsec_split_deployment_connect_secret"
// This test's app serves HTTP only (Medusa's workerMode "server"); a worker instance processes.
process.env.MEDUSA_WORKER_MODE = "server"

beforeAll(async () => {
  await emulator("POST", "/reset")
  process.env.STRIPE_WEBHOOK_SECRETS_CONNECT = CONNECT_SECRET
})

medusaIntegrationTestRunner({
  inApp: true,
  dbName,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("a server instance and a worker instance on one database", () => {
      let container: MedusaContainer
      let worker: SecondInstance | undefined
      let hostEventsHere: string[] = []

      beforeAll(async () => {
        container = getContainer()
        hostEventsHere = recordPayoutPaidHere(container, "split-deployment-spec-payout-paid")
        worker = await startSecondInstance({ dbName, port: workerPort, workerMode: "worker" })
      })

      afterAll(async () => {
        await stopSecondInstance(worker)
      })

      it("should store events on the server and have the worker process each once", async () => {
        const { account, payouts } = await accountWithPayouts(container, 15)
        const events = payoutPaidEvents(account.id, payouts)
        const deliveries = [...events, ...events]
        const statuses = await Promise.all(
          deliveries.map(async (event) => {
            const payload = JSON.stringify(event)
            const response = await api.post("/hooks/stripe-connect/connect", payload, {
              headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, CONNECT_SECRET) },
              transformRequest: [(data: string) => data],
              validateStatus: () => true,
            })
            return response.status
          })
        )
        expect(statuses.filter((status) => status !== 200)).toEqual([])

        for (const event of events) {
          const rows = await waitFor(async () => {
            const found = await storedEvents(container, event.id as string)
            return found.length && found.every((row) => row.status === "processed") ? found : undefined
          }, `${event.id} to be processed`, 60_000)
          expect(rows).toEqual([expect.objectContaining({ account: account.id, status: "processed", attempts: 1 })])
        }
        expect(await payoutReads(account.id)).toEqual(payouts.map((payout) => `/v1/payouts/${payout.id}`).sort())
        // The server instance processed none of them itself.
        expect(hostEventsHere).toEqual([])
      })
    })
  },
})
