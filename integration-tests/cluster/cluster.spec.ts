import { spawn, type ChildProcess } from "node:child_process"
import net from "node:net"
import os from "node:os"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createAdminUser, type TestAdmin } from "../helpers/admin-users"
import {
  emulator,
  freePortSync,
  knexOf,
  makeEvent,
  storedEventWith,
  storedEvents,
  waitFor,
  webhookSpecSetup,
} from "../http/webhooks/helpers"
import { accountWithPayouts, payoutPaidEvents, payoutReads } from "../http/webhooks/payout-fixtures"
import { startSecondInstance, stopSecondInstance, type SecondInstance } from "../http/webhooks/second-instance"
import type { EmulatorRequest } from "../http/accounts/emulator"
import { onboardedAccount } from "../http/payments/helpers"
import { emulatorStripe } from "../http/webhooks/helpers"
import { STRIPE_CONNECT_MODULE } from "../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../src/modules/stripe-connect/service"
import { registerAccountWebhookEndpointStep } from "../../src/workflows/webhook-events/steps/register-account-webhook-endpoint"
import { deleteAccountWebhookEndpointStep } from "../../src/workflows/webhook-events/steps/delete-account-webhook-endpoint"

jest.setTimeout(600_000)

/**
 * The plugin as a cluster: this app (a server: it stores webhooks and answers the admin API, no jobs or processing),
 * a second server and a worker, each its own Medusa process started here, sharing one database and a real Redis
 * (REDIS_URL, started by the global setup): Medusa's Redis event bus, workflow engine, caching and `locking-redis`
 * (medusa-config.ts). Every guarantee below must hold across the two servers, which share no memory.
 */
process.env.MEDUSA_WORKER_MODE = "server"
// A worker's claim on the events it processes lasts 5 s unless renewed (60 s by default), so the worker killed in
// the test below leaves its event to the next worker soon.
process.env.STRIPE_CONNECT_WEBHOOK_LEASE_SECONDS = "5"
if (!process.env.REDIS_URL) {
  throw new Error("The cluster suite needs REDIS_URL (the global setup starts a redis-server when TEST_TYPE=cluster)")
}

const CONNECT_SECRET = "whsec_cluster_connect_secret"
const spec = webhookSpecSetup({ fixedSecrets: { connect: CONNECT_SECRET } })
const secondPort = freePortSync()
const workerPort = freePortSync()
const replacementWorkerPort = freePortSync()
const dbName = `stripe_connect_cluster_${process.pid}`

/** The account endpoint's registration and deletion, run in this app's process (one of the two servers). */
const registerEndpointWorkflow = createWorkflow(
  "cluster-spec-register-account-endpoint",
  (input: { account_id: string }) => new WorkflowResponse(registerAccountWebhookEndpointStep(input))
)
const deleteEndpointWorkflow = createWorkflow(
  "cluster-spec-delete-account-endpoint",
  (input: { account_id: string }) => new WorkflowResponse(deleteAccountWebhookEndpointStep(input))
)

type Answer = { status: number; text: string; json: Record<string, unknown> }

async function call(port: number, method: string, path: string, who: TestAdmin | null, body?: object): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${port}${path}`, {
    method,
    headers: { ...(who?.headers ?? {}), ...(body ? { "content-type": "application/json" } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    redirect: "manual",
  })
  const text = await response.text()
  let json: Record<string, unknown> = {}
  try {
    json = JSON.parse(text) as Record<string, unknown>
  } catch {
    // the OAuth callback answers HTML
  }
  return { status: response.status, text, json }
}

/** Stops the suite's Redis (SHUTDOWN NOSAVE over its protocol); resolves when it has closed the connection. */
function shutdownRedis(): Promise<void> {
  const url = new URL(process.env.REDIS_URL as string)
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(url.port), url.hostname, () => socket.write("SHUTDOWN NOSAVE\r\n"))
    socket.on("close", () => resolve())
    socket.on("error", reject)
  })
}

/** Starts a fresh redis-server on the suite's Redis port (the one `shutdownRedis` stopped); resolves when it serves. */
function restartRedis(): Promise<ChildProcess> {
  const url = new URL(process.env.REDIS_URL as string)
  const child = spawn(
    process.env.REDIS_SERVER_PATH || "/usr/bin/redis-server",
    ["--port", url.port, "--bind", url.hostname, "--save", "", "--appendonly", "no", "--dir", os.tmpdir()],
    { stdio: ["ignore", "pipe", "pipe"] }
  )
  return new Promise((resolve, reject) => {
    let output = ""
    child.stdout?.on("data", (chunk) => {
      output += chunk
      if (output.includes("Ready to accept connections")) {
        resolve(child)
      }
    })
    child.once("exit", (code) => reject(new Error(`redis-server exited (${code}): ${output}`)))
  })
}

const emulatorRequests = async (method: string, path: string) =>
  (await emulator<{ data: EmulatorRequest[] }>("GET", `/requests?method=${method}&path=${encodeURIComponent(path)}`))
    .data

medusaIntegrationTestRunner({
  inApp: true,
  dbName,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("two servers and a worker on Redis", () => {
      let container: MedusaContainer
      let admin: TestAdmin
      const instances: SecondInstance[] = []
      let worker: SecondInstance
      let redisAgain: ChildProcess | undefined
      const servers = () => [spec.port, secondPort]

      beforeAll(async () => {
        container = getContainer()
        const started = await Promise.all([
          startSecondInstance({ dbName, port: secondPort, workerMode: "server" }),
          startSecondInstance({ dbName, port: workerPort, workerMode: "worker" }),
        ])
        instances.push(...started)
        worker = started[1]
      })
      afterAll(async () => {
        await Promise.all(instances.map((instance) => stopSecondInstance(instance)))
        redisAgain?.kill("SIGTERM")
      })
      beforeEach(async () => {
        admin = await createAdminUser(container)
        // Both servers warm (routes loaded, connections open), so concurrent requests really overlap.
        for (const port of servers()) {
          expect((await call(port, "GET", "/admin/stripe-connect/me", admin)).status).toBe(200)
        }
      })

      it("should store one row and process it once when both servers get the same webhook 50 times at once", async () => {
        const { account, payouts } = await accountWithPayouts(container, 1)
        const [event] = payoutPaidEvents(account.id, payouts)

        const answers = await Promise.all(
          Array.from({ length: 50 }, (_, i) =>
            spec.deliver("/hooks/stripe-connect/connect", event, CONNECT_SECRET, servers()[i % 2])
          )
        )
        expect(answers.map((answer) => answer.status)).toEqual(Array(50).fill(200))

        // Processed by the worker (the servers only store), once: one attempt, one read of the payout at Stripe.
        const row = await storedEventWith(container, event.id as string, "processed", 120_000)
        expect(row).toEqual(expect.objectContaining({ attempts: 1, last_error: null }))
        expect(await storedEvents(container, event.id as string)).toHaveLength(1)
        expect(await payoutReads(account.id)).toEqual([`/v1/payouts/${payouts[0].id}`])
      })

      it("should process an event exactly once when its worker is killed (kill -9) in the middle of it", async () => {
        const { account, payouts } = await accountWithPayouts(container, 1)
        const [event] = payoutPaidEvents(account.id, payouts)
        const payoutPath = `/v1/payouts/${payouts[0].id}`
        // Stripe holds the worker's read of the payout (the handler's first step, under the payout's lock) far past
        // this test, and the worker is killed once Stripe has that read: it dies inside the event, holding its claim
        // and the payout's lock, and that read never completes.
        await emulator("POST", "/faults", { delay_ms: 600_000, count: 1, method: "GET", path: payoutPath })

        expect((await spec.deliver("/hooks/stripe-connect/connect", event, CONNECT_SECRET, secondPort)).status).toBe(200)
        await waitFor(
          async () =>
            !(await emulator<{ data: { path: string | null }[] }>("GET", "/faults")).data.some(
              (fault) => fault.path === payoutPath
            ),
          "the worker's read of the payout to reach Stripe",
          120_000
        )
        const killed = new Promise((resolve) => worker.child.once("exit", resolve))
        worker.child.kill("SIGKILL")
        await killed
        instances.splice(instances.indexOf(worker), 1)
        expect(await storedEvents(container, event.id as string)).toEqual([
          expect.objectContaining({ status: "processing", attempts: 1 }),
        ])

        // A new worker takes the event over once the dead worker's lease ran out (the bus redelivers the stalled
        // message, or the retry job releases the event), and processes it once, in its first attempt: the payout's
        // lock, held by the dead worker, expired with the lease.
        worker = await startSecondInstance({ dbName, port: replacementWorkerPort, workerMode: "worker" })
        instances.push(worker)
        const row = await storedEventWith(container, event.id as string, "processed", 240_000)
        expect(row).toEqual(expect.objectContaining({ attempts: 2, last_error: null }))
        expect(await storedEvents(container, event.id as string)).toHaveLength(1)
        // One application: the new worker's read of the payout is the only one Stripe answered, and the payout is
        // recorded once.
        expect(await payoutReads(account.id)).toEqual([payoutPath])
        const recorded = await knexOf(container)("stripe_connect_payout").where({ payout_id: payouts[0].id })
        expect(recorded).toHaveLength(1)
        expect(recorded[0]).toEqual(expect.objectContaining({ stripe_account_id: account.id }))
        expect(recorded[0].last_stripe_event_at).not.toBeNull()
      })

      it("should let exactly one of four concurrent payouts for one account through, two on each server", async () => {
        const accountId = await onboardedAccount(api, container, admin.headers, "merchant_cluster_payouts")
        await emulator("POST", "/balance/add", { account: accountId, amount: 100_000, currency: "usd" })
        const path = `/admin/stripe-connect/accounts/${accountId}/payouts`
        // Stripe slow to list the account's payouts (the "one in progress?" check): the check-then-create section
        // lasts seconds, so requests on the two servers are inside it together unless the lock holds across them.
        await emulator("POST", "/faults", { delay_ms: 1000, count: 4, method: "GET", path: "/v1/payouts" })
        const answers = await Promise.all(
          [...servers(), ...servers()].map((port) => call(port, "POST", path, admin, { amount: 5000, currency: "usd" }))
        )

        expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409, 409, 409])
        // Each loser saw the payout in progress, or waited longer than the lock's timeout for it: 409 either way.
        for (const answer of answers.filter((answer) => answer.status === 409)) {
          expect(["payout_in_progress", "conflict"]).toContain(answer.json.code)
        }
        await emulator("DELETE", "/faults")
        const made = await emulatorRequests("POST", "/v1/payouts")
        expect(made.filter((request) => request.stripe_account === accountId)).toHaveLength(1)
      })

      it("should connect once when one OAuth state comes back to both servers at once", async () => {
        const created = await call(spec.port, "POST", "/admin/stripe-connect/integrations", admin, { name: "Cluster" })
        expect(created.status).toBe(200)
        const integrationId = (created.json.integration as { id: string }).id
        const authorized = await call(
          spec.port,
          "POST",
          `/admin/stripe-connect/integrations/${integrationId}/authorize`,
          admin,
          {}
        )
        const state = new URL(authorized.json.authorize_url as string).searchParams.get("state") as string
        const { code } = await emulator<{ code: string }>("POST", "/oauth/authorize")
        const query = new URLSearchParams({ code, state, scope: "read_write" }).toString()

        const answers = await Promise.all(
          servers().map((port) => call(port, "GET", `/stripe-connect/oauth/callback?${query}`, admin))
        )

        expect(answers.map((answer) => answer.status).sort()).toEqual([303, 400])
        // The loser was refused at the state, under the lock, not later by Stripe's one-use code.
        expect(answers.find((answer) => answer.status === 400)?.text).toContain("already used")
        const token = await emulatorRequests("POST", "/oauth/token")
        expect(token).toHaveLength(1)
        const integration = await call(spec.port, "GET", `/admin/stripe-connect/integrations/${integrationId}`, admin)
        expect(integration.json.integration).toEqual(expect.objectContaining({ status: "connected", connected: true }))
      })

      it("should throttle invoice refunds to exactly 20 a minute per user across both servers", async () => {
        const attempts = 26
        const answers = await Promise.all(
          Array.from({ length: attempts }, (_, i) =>
            call(servers()[i % 2], "POST", "/admin/stripe-connect/invoices/scinv_cluster_missing/refund", admin, {
              amount: 100,
            })
          )
        )
        const statuses = answers.map((answer) => answer.status)
        // Past the throttle the invoice is unknown (404); over the limit 429, whichever server counted.
        expect(statuses.filter((status) => status === 404)).toHaveLength(20)
        expect(statuses.filter((status) => status === 429)).toHaveLength(attempts - 20)
      })

      // Last: it stops Redis for good.
      it("should have the other server refuse a rotated endpoint secret within a second", async () => {
        const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
        const account = await emulatorStripe().accounts.create({ type: "standard", country: "US" })
        const path = `/hooks/stripe-connect/accounts/${account.id}`
        const secretOf = async () => {
          const [endpoint] = await service.listWebhookEndpoints({ account_id: account.id })
          return await service.openSecret(endpoint.secret_sealed)
        }
        const deliverTo = async (port: number, secret: string) => {
          const event = makeEvent("customer.created", { id: "cus_cluster_rotation", object: "customer" }, { account: account.id })
          return (await spec.deliver(path, event, secret, port)).status
        }
        await registerEndpointWorkflow(container).run({ input: { account_id: account.id } })
        const oldSecret = await secretOf()
        // The other server has the secret cached (its minute-long cache), and this one too.
        expect(await deliverTo(secondPort, oldSecret)).toBe(200)
        expect(await deliverTo(secondPort, oldSecret)).toBe(200)

        // Rotation on this server: the endpoint is deleted and a new one (a new secret) registered.
        await deleteEndpointWorkflow(container).run({ input: { account_id: account.id } })
        await registerEndpointWorkflow(container).run({ input: { account_id: account.id } })
        const rotatedAt = Date.now()
        const newSecret = await secretOf()
        expect(newSecret).not.toBe(oldSecret)
        expect(await deliverTo(spec.port, oldSecret)).toBe(400)

        // The other server: polled until it refuses the old secret, bounded by the one second allowed.
        let refusedAfterMs: number | null = null
        while (Date.now() - rotatedAt <= 1000) {
          if ((await deliverTo(secondPort, oldSecret)) === 400) {
            refusedAfterMs = Date.now() - rotatedAt
            break
          }
        }
        expect(refusedAfterMs).not.toBeNull()
        expect(await deliverTo(secondPort, newSecret)).toBe(200)
      })

      it("should have the other server refuse a revoked role within a second", async () => {
        const superAdmin = await createAdminUser(container, { roles: [{ role: "super_admin" }] })
        const staff = await createAdminUser(container, { roles: [{ role: "payment_admin" }] })
        const [assignment] = await container
          .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
          .listRoleAssignments({ actor_id: staff.userId })
        expect((await call(secondPort, "GET", "/admin/stripe-connect/payments", staff)).status).toBe(200)

        const revoked = await call(spec.port, "DELETE", `/admin/stripe-connect/roles/${assignment.id}`, superAdmin)
        expect(revoked.status).toBe(200)
        const revokedAt = Date.now()

        // Polled until the other server refuses, bounded by the one second allowed (grants are read per request).
        let refusedAfterMs: number | null = null
        while (Date.now() - revokedAt <= 1000) {
          if ((await call(secondPort, "GET", "/admin/stripe-connect/payments", staff)).status === 403) {
            refusedAfterMs = Date.now() - revokedAt
            break
          }
        }
        expect(refusedAfterMs).not.toBeNull()
      })

      it("should answer 503 service_unavailable and write nothing when Redis is down, say so in health, and still store webhooks to process once Redis is back", async () => {
        const hits = async () => Number((await knexOf(container)("stripe_connect_throttle_hit").count("* as n"))[0].n)
        const before = await hits()
        await shutdownRedis()

        const answer = await call(
          secondPort,
          "POST",
          "/admin/stripe-connect/invoices/scinv_cluster_missing/refund",
          admin,
          {
            amount: 100,
          }
        )
        expect(answer.status).toBe(503)
        expect(answer.json).toEqual(expect.objectContaining({ code: "service_unavailable", type: "api_error" }))
        expect(await hits()).toBe(before)
        const health = await call(secondPort, "GET", "/admin/stripe-connect/health", admin)
        expect(health.status).toBe(200)
        expect(health.json).toEqual(
          expect.objectContaining({ status: "degraded", locks: { status: "unavailable", error: expect.any(String) } })
        )

        // Webhooks are stored in Postgres whatever Redis does; processing follows when it is back.
        const event = makeEvent(
          "account.updated",
          { id: "acct_cluster_redis_down", object: "account" },
          { account: "acct_cluster_redis_down" }
        )
        expect((await spec.deliver("/hooks/stripe-connect/connect", event, CONNECT_SECRET, secondPort)).status).toBe(
          200
        )
        expect(await storedEvents(container, event.id as string)).toEqual([
          expect.objectContaining({ status: "pending", attempts: 0 }),
        ])

        // Redis back (a fresh, empty server on the same port): the server's hand-off to the workers, held while
        // Redis was away, goes out, and the worker processes the event once.
        redisAgain = await restartRedis()
        const settled = await storedEventWith(container, event.id as string, ["processed", "ignored"], 180_000)
        expect(settled).toEqual(expect.objectContaining({ attempts: 1, last_error: null }))
      })
    })
  },
})
