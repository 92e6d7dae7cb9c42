import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { freePortSync, storedEventWith, webhookSpecSetup } from "./helpers"
import { accountWithPayouts, payoutPaidEvents, payoutReads, recordPayoutPaidHere } from "./payout-fixtures"
import { secondInstanceForSuite } from "./second-instance"

jest.setTimeout(420_000)

const CONNECT_SECRET = "whsec_split_deployment_connect_secret"
const spec = webhookSpecSetup({ fixedSecrets: { connect: CONNECT_SECRET } })
const workerPort = freePortSync()
const dbName = `stripe_connect_split_${process.pid}`
// This test's app serves HTTP only (Medusa's workerMode "server"); a worker instance processes.
process.env.MEDUSA_WORKER_MODE = "server"

medusaIntegrationTestRunner({
  inApp: true,
  dbName,
  env: {},
  testSuite: ({ getContainer }) => {
    describe("a server instance and a worker instance on one database", () => {
      let container: MedusaContainer
      let hostEventsHere: string[] = []

      beforeAll(() => {
        container = getContainer()
        hostEventsHere = recordPayoutPaidHere(container, "split-deployment-spec-payout-paid")
      })
      secondInstanceForSuite({ dbName, port: workerPort, workerMode: "worker" })

      it("should store events on the server and have the worker process each once", async () => {
        const { account, payouts } = await accountWithPayouts(container, 15)
        const events = payoutPaidEvents(account.id, payouts)
        const deliveries = [...events, ...events]
        const statuses = await Promise.all(
          deliveries.map(async (event) => (await spec.deliver("/hooks/stripe-connect/connect", event, CONNECT_SECRET)).status)
        )
        expect(statuses.filter((status) => status !== 200)).toEqual([])

        for (const event of events) {
          expect(await storedEventWith(container, event.id as string)).toEqual(
            expect.objectContaining({ account: account.id, status: "processed", attempts: 1 })
          )
        }
        expect(await payoutReads(account.id)).toEqual(payouts.map((payout) => `/v1/payouts/${payout.id}`).sort())
        // The server instance processed none of them itself.
        expect(hostEventsHere).toEqual([])
      })
    })
  },
})
