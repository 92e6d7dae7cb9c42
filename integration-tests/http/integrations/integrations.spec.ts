import type Stripe from "stripe"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IEventBusModuleService, Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator, emulatorRequests, latestEvent } from "../accounts/emulator"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { disconnectStripeIntegrationWorkflow, handleApplicationDeauthorizedEvent } from "../../../src/workflows/integrations"
import { handleAccountUpdatedEvent } from "../../../src/workflows/accounts"

jest.setTimeout(120_000)

type EmittedEvent = { name: string; data: Record<string, unknown> }
const LOG_METHODS = ["error", "warn", "info", "http", "verbose", "debug", "silly", "log"] as const

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let otherAdmin: TestAdmin
    let scopedToA: TestAdmin
    const emitted: EmittedEvent[] = []
    const logged: string[] = []

    beforeAll(async () => {
      const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      for (const name of ["stripe.integration_disconnected", "stripe.integration_connected"]) {
        eventBus.subscribe(
          name,
          async (event: { name: string; data: unknown }) => {
            emitted.push({ name: event.name, data: event.data as Record<string, unknown> })
          },
          { subscriberId: `integrations-spec-${name}` }
        )
      }
      const logger = getContainer().resolve<Logger>(ContainerRegistrationKeys.LOGGER) as unknown as Record<string, unknown>
      for (const method of LOG_METHODS) {
        const original = logger[method]
        if (typeof original === "function") {
          logger[method] = (...args: unknown[]) => {
            logged.push(args.map((arg) => (typeof arg === "string" ? arg : JSON.stringify(arg) ?? String(arg))).join(" "))
            return (original as (...a: unknown[]) => unknown).apply(logger, args)
          }
        }
      }
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      emitted.length = 0
      logged.length = 0
      admin = await createAdminUser(getContainer(), { roles: [{ role: "integration_admin" }] })
      otherAdmin = await createAdminUser(getContainer(), { roles: [{ role: "integration_admin" }] })
      scopedToA = await createAdminUser(getContainer(), { roles: [{ role: "integration_admin", merchant_ids: ["merchant_a"] }] })
    })

    const as = (who: TestAdmin | null) => ({
      headers: who ? who.headers : {},
      validateStatus: () => true,
      maxRedirects: 0,
    })
    const service = () => getContainer().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const create = (body: object = { name: "Main Stripe" }, who: TestAdmin = admin) =>
      api.post("/admin/stripe-connect/integrations", body, as(who))

    async function authorize(id: string, who: TestAdmin = admin) {
      const response = await api.post(`/admin/stripe-connect/integrations/${id}/authorize`, {}, as(who))
      expect(response.status).toBe(200)
      return new URL(response.data.authorize_url).searchParams.get("state") as string
    }

    const callback = (query: Record<string, string>, who: TestAdmin | null = admin) =>
      api.get(`/stripe-connect/oauth/callback?${new URLSearchParams(query).toString()}`, as(who))

    async function connect(id: string) {
      const state = await authorize(id)
      const { code, account } = await emulator<{ code: string; account: string }>("POST", "/oauth/authorize")
      const response = await callback({ code, state, scope: "read_write" })
      expect(response.status).toBe(303)
      return { account, code, state }
    }

    describe("POST /admin/stripe-connect/integrations", () => {
      it("should create a pending placeholder in the store's mode", async () => {
        const response = await create({ name: "Main Stripe", merchant_id: "merchant_a" })
        expect(response.status).toBe(200)
        expect(response.data.integration).toEqual(
          expect.objectContaining({
            id: expect.stringMatching(/^scint_/),
            name: "Main Stripe",
            mode: "test",
            merchant_id: "merchant_a",
            status: "pending",
            connected: false,
            stripe_account_id: null,
            account: null,
          })
        )
      })

      it("should answer 400 naming the field for a missing name or a mode the key cannot serve, and write nothing", async () => {
        const noName = await create({ mode: "test" })
        expect(noName.status).toBe(400)
        expect(noName.data.message).toContain("name")
        const live = await create({ name: "Live", mode: "live" })
        expect(live.status).toBe(400)
        expect(live.data.message).toContain("mode")
        const list = await api.get("/admin/stripe-connect/integrations", as(admin))
        expect(list.data.count).toBe(0)
      })

      it("should refuse a merchant-scoped user creating for another merchant or for the platform", async () => {
        expect((await create({ name: "B", merchant_id: "merchant_b" }, scopedToA)).status).toBe(403)
        expect((await create({ name: "Platform" }, scopedToA)).status).toBe(403)
        expect((await create({ name: "A", merchant_id: "merchant_a" }, scopedToA)).status).toBe(200)
      })
    })

    describe("GET /admin/stripe-connect/integrations", () => {
      it("should list with pagination and filters, and only the caller's merchants", async () => {
        await create({ name: "A", merchant_id: "merchant_a" })
        await create({ name: "B", merchant_id: "merchant_b" })
        await create({ name: "Platform" })

        const page = await api.get("/admin/stripe-connect/integrations?limit=2", as(admin))
        expect(page.data).toEqual(expect.objectContaining({ count: 3, offset: 0, limit: 2 }))
        expect(page.data.data).toHaveLength(2)

        const byMerchant = await api.get("/admin/stripe-connect/integrations?merchant_id=merchant_b", as(admin))
        expect(byMerchant.data.data.map((row: { name: string }) => row.name)).toEqual(["B"])

        const scoped = await api.get("/admin/stripe-connect/integrations", as(scopedToA))
        expect(scoped.data.count).toBe(1)
        expect(scoped.data.data[0].name).toBe("A")
      })
    })

    describe("GET /admin/stripe-connect/integrations/:id", () => {
      it("should answer 404 for unknown, other merchants' and platform-wide instances to a scoped user", async () => {
        const b = await create({ name: "B", merchant_id: "merchant_b" })
        const platform = await create({ name: "Platform" })
        for (const id of ["scint_missing", b.data.integration.id, platform.data.integration.id]) {
          const response = await api.get(`/admin/stripe-connect/integrations/${id}`, as(scopedToA))
          expect([response.status, response.data.code]).toEqual([404, "not_found"])
        }
        const authorizeB = await api.post(`/admin/stripe-connect/integrations/${b.data.integration.id}/authorize`, {}, as(scopedToA))
        const disconnectB = await api.post(`/admin/stripe-connect/integrations/${b.data.integration.id}/disconnect`, {}, as(scopedToA))
        expect([authorizeB.status, disconnectB.status]).toEqual([404, 404])
      })
    })

    describe("POST /admin/stripe-connect/integrations/:id/authorize", () => {
      it("should return the configured authorize URL with a state that is stored only as a hash", async () => {
        const created = await create()
        const response = await api.post(`/admin/stripe-connect/integrations/${created.data.integration.id}/authorize`, {}, as(admin))
        expect(response.status).toBe(200)
        const url = new URL(response.data.authorize_url)
        // medusa-config.ts sets oauthAuthorizeUrl to the emulator's consent page, which shows for this URL.
        expect(`${url.origin}${url.pathname}`).toBe(`http://127.0.0.1:${process.env.STRIPE_EMULATOR_PORT}/oauth/authorize`)
        expect((await fetch(url)).status).toBe(200)
        const params = Object.fromEntries(url.searchParams)
        expect(params).toEqual({
          response_type: "code",
          client_id: "ca_emulator_client",
          scope: "read_write",
          state: expect.stringMatching(new RegExp(`^${created.data.integration.id}\\.`)),
          redirect_uri: expect.stringMatching(/\/stripe-connect\/oauth\/callback$/),
        })
        const expiresIn = new Date(response.data.expires_at).getTime() - Date.now()
        expect(expiresIn).toBeGreaterThan(9 * 60 * 1000)
        expect(expiresIn).toBeLessThanOrEqual(10 * 60 * 1000)

        const stored = await service().listOAuthStates({ integration_id: created.data.integration.id })
        expect(stored).toHaveLength(1)
        expect(stored[0].actor_id).toBe(admin.userId)
        expect(JSON.stringify(stored)).not.toContain(params.state)
      })
    })

    describe("GET /stripe-connect/oauth/callback", () => {
      it("should exchange the code, store sealed tokens, mark the instance connected and redirect to its page", async () => {
        const created = await create({ name: "Main", merchant_id: "merchant_a" })
        const id = created.data.integration.id
        const { account } = await connect(id)

        const [exchange] = await emulatorRequests({ method: "POST", path: "/oauth/token" })
        expect(exchange.params).toEqual(expect.objectContaining({ grant_type: "authorization_code" }))
        expect(exchange.idempotency_key).toMatch(/^stripe-connect:oauth-token:[0-9a-f]{32}$/)

        const shown = await api.get(`/admin/stripe-connect/integrations/${id}`, as(admin))
        expect(shown.data.integration).toEqual(
          expect.objectContaining({
            status: "connected",
            connected: true,
            stripe_account_id: account,
            scope: "read_write",
            livemode: false,
            connected_by: admin.userId,
            capabilities: { card_payments: "active", transfers: "active" },
            account: expect.objectContaining({ id: account, charges_enabled: true }),
          })
        )
        const stored = await service().retrieveStripeIntegration(id)
        const accessToken = await service().openSecret(stored.access_token_sealed as string)
        const refreshToken = await service().openSecret(stored.refresh_token_sealed as string)
        expect(accessToken).toMatch(/^sk_test_/)
        expect(stored.access_token_sealed).not.toContain(accessToken)

        const [registered] = await emulatorRequests({ method: "POST", path: "/v1/webhook_endpoints" })
        expect(registered.stripe_account).toBe(account)
        expect(registered.params).toEqual(expect.objectContaining({ url: expect.stringMatching(new RegExp(`/hooks/stripe-connect/accounts/${account}$`)) }))
        const [endpoint] = await service().listWebhookEndpoints({ account_id: account })
        const endpointSecret = await service().openSecret(endpoint.secret_sealed)
        expect(endpointSecret).toMatch(/^whsec_/)

        const responses = JSON.stringify([
          shown.data,
          (await api.get("/admin/stripe-connect/integrations", as(admin))).data,
        ])
        for (const secret of [accessToken, refreshToken, stored.access_token_sealed as string, endpointSecret]) {
          expect(responses).not.toContain(secret)
          expect(logged.join("\n")).not.toContain(secret)
        }
        const connected = emitted.find((event) => event.name === "stripe.integration_connected")
        expect(connected?.data).toEqual({ id, account_id: account, merchant_id: "merchant_a" })
      })

      it("should follow the emulator's authorize page back to the callback", async () => {
        const created = await create()
        const state = await authorize(created.data.integration.id)
        // The consent page's "Connect" button posts its parameters back with decision=connect.
        const authorizePage = await fetch(`${process.env.STRIPE_EMULATOR_URL}/oauth/authorize`, {
          method: "POST",
          redirect: "manual",
          headers: { "Content-Type": "application/x-www-form-urlencoded" },
          body: new URLSearchParams({
            client_id: "ca_emulator_client",
            redirect_uri: "http://localhost/stripe-connect/oauth/callback",
            state,
            decision: "connect",
          }).toString(),
        })
        const back = new URL(authorizePage.headers.get("location") as string)
        const response = await api.get(`/stripe-connect/oauth/callback${back.search}`, as(admin))
        expect(response.status).toBe(303)
        expect(response.headers.location).toBe(`/app/settings/stripe-connect/integrations/${created.data.integration.id}`)
      })

      it("should refuse a reused state with a 400 page and change nothing", async () => {
        const created = await create()
        const { state } = await connect(created.data.integration.id)
        const { code } = await emulator<{ code: string }>("POST", "/oauth/authorize")
        const response = await callback({ code, state })
        expect(response.status).toBe(400)
        expect(response.headers["content-type"]).toContain("text/html")
        expect(response.data).toContain("already used")
        expect(await emulatorRequests({ method: "POST", path: "/oauth/token" })).toHaveLength(1)
      })

      async function expectRefused(query: Record<string, string>, who: TestAdmin | null, phrase: string, id: string) {
        const response = await callback(query, who)
        expect(response.status).toBe(400)
        expect(response.headers["content-type"]).toContain("text/html")
        expect(response.data).toContain(phrase)
        expect(await emulatorRequests({ method: "POST", path: "/oauth/token" })).toHaveLength(0)
        const integration = await service().retrieveStripeIntegration(id)
        expect(integration.status).toBe("pending")
        expect(integration.access_token_sealed).toBeNull()
      }

      it("should refuse unknown, tampered, expired and other users' states with a 400 page and store nothing", async () => {
        const created = await create()
        const id = created.data.integration.id
        const { code } = await emulator<{ code: string }>("POST", "/oauth/authorize")

        await expectRefused({ code, state: `${id}.${"x".repeat(43)}` }, admin, "unknown state", id)
        await expectRefused({ code }, admin, "no state", id)

        const forOther = await create({ name: "Other" })
        const state = await authorize(id)
        const tampered = `${forOther.data.integration.id}.${state.split(".")[1]}`
        await expectRefused({ code, state: tampered }, admin, "not valid", id)

        await expectRefused({ code, state }, otherAdmin, "started by another admin", id)

        const expiring = await authorize(id)
        const unused = await service().listOAuthStates({ integration_id: id, used_at: null })
        await service().updateOAuthStates(unused.map((row) => ({ id: row.id, expires_at: new Date(Date.now() - 1000) })))
        await expectRefused({ code, state: expiring }, admin, "expired", id)
      })

      it("should accept the state without an admin session, since the state itself is the proof", async () => {
        const created = await create()
        const state = await authorize(created.data.integration.id)
        const { code } = await emulator<{ code: string }>("POST", "/oauth/authorize")
        const response = await callback({ code, state }, null)
        expect(response.status).toBe(303)
      })

      it("should show a declined authorization and leave the instance unconnected", async () => {
        const created = await create()
        const state = await authorize(created.data.integration.id)
        const response = await callback({ state, error: "access_denied", error_description: "The user denied your request" })
        expect(response.status).toBe(200)
        expect(response.data).toContain("The user denied your request")
        expect(response.data).toContain("not connected")
        const integration = await service().retrieveStripeIntegration(created.data.integration.id)
        expect(integration.status).toBe("pending")
        expect(await emulatorRequests({ method: "POST", path: "/oauth/token" })).toHaveLength(0)
      })

      it("should show Stripe's refusal of a bad code without echoing the code, and store nothing", async () => {
        const created = await create()
        const state = await authorize(created.data.integration.id)
        const response = await callback({ state, code: "ac_secret_but_invalid_code" })
        expect(response.status).toBe(400)
        expect(response.data).toContain("not connected")
        expect(response.data).not.toContain("ac_secret_but_invalid_code")
        expect(logged.join("\n")).not.toContain("ac_secret_but_invalid_code")
        const integration = await service().retrieveStripeIntegration(created.data.integration.id)
        expect(integration.status).toBe("pending")
      })
    })

    describe("one Stripe account, two instances", () => {
      it("should refuse to connect an account another instance holds, without revoking that instance's access", async () => {
        const first = await create({ name: "First" })
        const { account } = await connect(first.data.integration.id)
        const second = await create({ name: "Second" })
        const state = await authorize(second.data.integration.id)
        const { code } = await emulator<{ code: string }>("POST", "/oauth/authorize", { account })

        const response = await callback({ code, state })
        expect(response.status).toBe(409)
        expect(response.data).toContain("already connected to another Stripe integration")
        expect((await service().retrieveStripeIntegration(second.data.integration.id)).status).toBe("pending")
        expect((await service().retrieveStripeIntegration(first.data.integration.id)).status).toBe("connected")
        expect(await emulatorRequests({ method: "POST", path: "/oauth/deauthorize" })).toHaveLength(0)
      })

      it("should connect one Stripe account to only one of two instances finishing OAuth at the same moment", async () => {
        const first = await create({ name: "First" })
        const second = await create({ name: "Second" })
        const firstState = await authorize(first.data.integration.id)
        const secondState = await authorize(second.data.integration.id)
        const { code: firstCode, account } = await emulator<{ code: string; account: string }>("POST", "/oauth/authorize")
        const { code: secondCode } = await emulator<{ code: string }>("POST", "/oauth/authorize", { account })
        // The second instance's callback runs between the first one's check for a holder and its write (or waits
        // up to 2 s for it).
        let secondResponse: Promise<Awaited<ReturnType<typeof callback>>> | null = null
        const read = service().listStripeIntegrations.bind(service())
        jest.spyOn(service(), "listStripeIntegrations").mockImplementation(async (...args: Parameters<typeof read>) => {
          const rows = await read(...args)
          if (!secondResponse && (args[0] as { stripe_account_id?: string } | undefined)?.stripe_account_id === account) {
            secondResponse = callback({ code: secondCode, state: secondState })
            await Promise.race([secondResponse, new Promise((resolve) => setTimeout(resolve, 2000))])
          }
          return rows
        })
        let firstResponse: Awaited<ReturnType<typeof callback>>
        try {
          firstResponse = await callback({ code: firstCode, state: firstState })
        } finally {
          jest.restoreAllMocks()
        }
        const statuses = [firstResponse.status, (await (secondResponse as unknown as ReturnType<typeof callback>)).status]
        expect(statuses).toEqual([303, 409])
        const connected = await service().listStripeIntegrations({ stripe_account_id: account, status: "connected" })
        expect(connected.map((integration) => integration.id)).toEqual([first.data.integration.id])
      })
    })

    describe("POST /admin/stripe-connect/integrations/:id/disconnect", () => {
      it("should revoke at Stripe, clear the tokens and refuse new invoices until reconnected", async () => {
        const created = await create({ name: "Main", merchant_id: "merchant_a" })
        const id = created.data.integration.id
        const { account } = await connect(id)

        const response = await api.post(`/admin/stripe-connect/integrations/${id}/disconnect`, {}, as(admin))
        expect(response.status).toBe(200)
        expect(response.data.integration).toEqual(
          expect.objectContaining({ status: "disconnected", connected: false, stripe_account_id: account, disconnect_reason: "admin" })
        )
        const [revoke] = await emulatorRequests({ method: "POST", path: "/oauth/deauthorize" })
        expect(revoke.params).toEqual(expect.objectContaining({ client_id: "ca_emulator_client", stripe_user_id: account }))
        expect(revoke.idempotency_key).toMatch(new RegExp(`^stripe-connect:oauth-deauthorize:${account}:`))

        const stored = await service().retrieveStripeIntegration(id)
        expect([stored.access_token_sealed, stored.refresh_token_sealed]).toEqual([null, null])
        const deletions = await emulatorRequests({ method: "DELETE", path: "/v1/webhook_endpoints" })
        expect(deletions).toHaveLength(1)
        expect(deletions[0].stripe_account).toBe(account)
        expect(await service().listWebhookEndpoints({ account_id: account })).toHaveLength(0)
        const disconnected = emitted.find((event) => event.name === "stripe.integration_disconnected")
        expect(disconnected?.data).toEqual({ id, account_id: account, merchant_id: "merchant_a", reason: "admin" })

        const again = await api.post(`/admin/stripe-connect/integrations/${id}/disconnect`, {}, as(admin))
        expect([again.status, again.data.code]).toEqual([400, "integration_not_connected"])

        await connect(id)
        const reconnected = await api.get(`/admin/stripe-connect/integrations/${id}`, as(admin))
        expect(reconnected.data.integration.status).toBe("connected")
      })

      it("should disconnect locally when the account owner already revoked access (Stripe answers invalid_client)", async () => {
        const created = await create({ name: "Main", merchant_id: "merchant_a" })
        const id = created.data.integration.id
        const { account } = await connect(id)
        // The owner revoked access at Stripe; the account.application.deauthorized event is not handled yet.
        await emulator("POST", "/oauth/deauthorize", { account })

        const response = await api.post(`/admin/stripe-connect/integrations/${id}/disconnect`, {}, as(admin))
        expect(response.status).toBe(200)
        expect(response.data.integration).toEqual(
          expect.objectContaining({ status: "disconnected", connected: false, stripe_account_id: account, disconnect_reason: "admin" })
        )
        const [refused] = await emulatorRequests({ method: "POST", path: "/oauth/deauthorize" })
        expect(refused.status).toBe(400)
        const stored = await service().retrieveStripeIntegration(id)
        expect([stored.access_token_sealed, stored.refresh_token_sealed]).toEqual([null, null])
      })

      it("should answer 400 integration_not_connected for an instance never connected", async () => {
        const created = await create()
        const response = await api.post(`/admin/stripe-connect/integrations/${created.data.integration.id}/disconnect`, {}, as(admin))
        expect([response.status, response.data.code]).toEqual([400, "integration_not_connected"])
        expect(await emulatorRequests({ method: "POST", path: "/oauth/deauthorize" })).toHaveLength(0)
      })

      it("should refuse to authorize an instance that is already connected", async () => {
        const created = await create()
        await connect(created.data.integration.id)
        const response = await api.post(`/admin/stripe-connect/integrations/${created.data.integration.id}/authorize`, {}, as(admin))
        expect([response.status, response.data.code]).toEqual([409, "conflict"])
      })
    })

    describe("account.application.deauthorized", () => {
      it("should disconnect the instance without calling Stripe and emit stripe.integration_disconnected", async () => {
        const created = await create({ name: "Main", merchant_id: "merchant_a" })
        const id = created.data.integration.id
        const { account } = await connect(id)
        await emulator("POST", "/oauth/deauthorize", { account })
        const event = await latestEvent(account, "account.application.deauthorized")

        const result = await handleApplicationDeauthorizedEvent({ event, container: getContainer() })
        expect(result).toEqual({ disconnected: [id] })
        const stored = await service().retrieveStripeIntegration(id)
        expect(stored).toEqual(
          expect.objectContaining({ status: "disconnected", disconnect_reason: "deauthorized", access_token_sealed: null })
        )
        expect(await emulatorRequests({ method: "POST", path: "/oauth/deauthorize" })).toHaveLength(0)
        const disconnected = emitted.find((e) => e.name === "stripe.integration_disconnected")
        expect(disconnected?.data).toEqual({ id, account_id: account, merchant_id: "merchant_a", reason: "deauthorized" })

        const replay = await handleApplicationDeauthorizedEvent({ event, container: getContainer() })
        expect(replay).toEqual({ disconnected: [] })
      })

      it("should keep the snapshot stored at connection when an account.updated from before the connection arrives late", async () => {
        const created = await create({ name: "Main", merchant_id: "merchant_a" })
        const id = created.data.integration.id
        const { account } = await connect(id)
        const before = await service().retrieveStripeIntegration(id)
        const stale = { card_payments: "inactive", transfers: "inactive" }
        expect(before.capabilities).not.toEqual(stale)
        const current = await emulatorStripe().accounts.retrieve(account)
        const late = {
          id: "evt_before_connection",
          object: "event",
          type: "account.updated",
          account,
          created: Math.floor(Date.now() / 1000) - 3600,
          data: { object: { ...current, capabilities: stale } },
        } as unknown as Stripe.Event
        await handleAccountUpdatedEvent({ event: late, container: getContainer() })
        const after = await service().retrieveStripeIntegration(id)
        expect(after.capabilities).toEqual(before.capabilities)
        expect(after.account_snapshot).toEqual(before.account_snapshot)
      })

      it("should leave a connection made again after a deauthorization when its handler read the integration before the reconnection", async () => {
        const created = await create({ name: "Main", merchant_id: "merchant_a" })
        const id = created.data.integration.id
        const { account } = await connect(id)
        await emulator("POST", "/oauth/deauthorize", { account })
        const event = await latestEvent(account, "account.application.deauthorized")
        // Between the handler's read of the connected integrations and its disconnect, the instance is
        // disconnected (as a deauthorization does, without calling Stripe) and an admin connects it again, to
        // another Stripe account.
        let reconnected = ""
        const read = service().listStripeIntegrations.bind(service())
        jest.spyOn(service(), "listStripeIntegrations").mockImplementationOnce(async (...args: Parameters<typeof read>) => {
          const rows = await read(...args)
          await disconnectStripeIntegrationWorkflow(getContainer()).run({ input: { id, reason: "deauthorized" } })
          reconnected = (await connect(id)).account
          return rows
        })
        try {
          expect(await handleApplicationDeauthorizedEvent({ event, container: getContainer() })).toEqual({ disconnected: [] })
        } finally {
          jest.restoreAllMocks()
        }
        expect(reconnected).not.toBe(account)
        const stored = await service().retrieveStripeIntegration(id)
        expect(stored).toEqual(expect.objectContaining({ status: "connected", stripe_account_id: reconnected, access_token_sealed: expect.any(String) }))
      })
    })
  },
})
