import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator, emulatorRequests, latestEvent } from "./emulator"
import { handleAccountUpdatedEvent, handleCapabilityUpdatedEvent } from "../../../src/workflows/accounts"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"

jest.setTimeout(120_000)

const SPEC_BODY = {
  merchant_id: "merchant_123",
  account_type: "express",
  business_type: "company",
  country: "US",
  email: "owner@restaurant.com",
  business_profile: { name: "Downtown Grill", mcc: "5812", url: "https://downtowngrill.com" },
  capabilities: { card_payments: true, transfers: true },
}

type EmittedEvent = { name: string; data: Record<string, unknown> }

async function waitFor<T>(read: () => T | undefined, timeoutMs = 3000): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = read()
    if (value !== undefined) {
      return value
    }
    if (Date.now() - started > timeoutMs) {
      throw new Error("timed out waiting")
    }
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let scopedToA: TestAdmin
    const emitted: EmittedEvent[] = []

    beforeAll(async () => {
      const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      eventBus.subscribe(
        "stripe.account_updated",
        async (event: { name: string; data: unknown }) => {
          emitted.push({ name: event.name, data: event.data as Record<string, unknown> })
        },
        { subscriberId: "accounts-spec-account-updated" }
      )
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      emitted.length = 0
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      scopedToA = await createAdminUser(getContainer(), { roles: [{ role: "tenant_admin", merchant_ids: ["merchant_a"] }] })
    })

    const as = (who: TestAdmin, headers: Record<string, string> = {}) => ({
      headers: { ...who.headers, ...headers },
      validateStatus: () => true,
    })
    const createAccount = (body: object = SPEC_BODY, who: TestAdmin = admin) => api.post("/admin/stripe-connect/accounts", body, as(who))
    const container = (): MedusaContainer => getContainer()

    async function applyLatestAccountUpdate(accountId: string) {
      const event = await latestEvent(accountId, "account.updated")
      return await handleAccountUpdatedEvent({ event, container: container() })
    }

    describe("POST /admin/stripe-connect/accounts", () => {
      it("should create the Stripe account and answer with the specification's body", async () => {
        const response = await createAccount()
        expect(response.status).toBe(200)
        expect(Object.keys(response.data).sort()).toEqual(
          ["account_id", "created_at", "merchant_id", "onboarding_expires_at", "onboarding_url", "status"].sort()
        )
        expect(response.data).toEqual({
          account_id: expect.stringMatching(/^acct_/),
          merchant_id: "merchant_123",
          status: "pending",
          onboarding_url: expect.stringContaining("/onboarding/"),
          onboarding_expires_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/),
          created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        })

        const [created] = (await emulatorRequests({ method: "POST", path: "/v1/accounts" })).filter((r) => r.path === "/v1/accounts")
        expect(created.idempotency_key).toMatch(/^stripe-connect:account:create:[0-9a-f]{32}$/)
        // Stripe's controller properties for the Express type, not the former `type` parameter.
        expect(created.params).not.toHaveProperty("type")
        expect(created.params).toEqual(
          expect.objectContaining({
            controller: {
              fees: { payer: "application" },
              losses: { payments: "application" },
              stripe_dashboard: { type: "express" },
              requirement_collection: "stripe",
            },
            country: "US",
            email: "owner@restaurant.com",
            business_type: "company",
            business_profile: { name: "Downtown Grill", mcc: "5812", url: "https://downtowngrill.com" },
            capabilities: { card_payments: { requested: "true" }, transfers: { requested: "true" } },
          })
        )
        const [link] = await emulatorRequests({ method: "POST", path: "/v1/account_links" })
        expect(link.params).toEqual(expect.objectContaining({ account: response.data.account_id, type: "account_onboarding" }))
        expect(link.idempotency_key).toMatch(new RegExp(`^stripe-connect:account-link:${response.data.account_id}:account_onboarding:`))
      })

      it("should answer 400 invalid_account_type for an unsupported type and create nothing", async () => {
        const response = await createAccount({ ...SPEC_BODY, account_type: "platinum" })
        expect(response.status).toBe(400)
        expect(response.data).toEqual(expect.objectContaining({ code: "invalid_account_type", param: "account_type" }))
        expect(response.data.message).toContain("platinum")
        expect(await emulatorRequests({ method: "POST", path: "/v1/accounts" })).toHaveLength(0)
        const list = await api.get("/admin/stripe-connect/accounts", as(admin))
        expect(list.data.count).toBe(0)
      })

      it("should answer 400 naming the field for bad input and create nothing", async () => {
        const response = await createAccount({ ...SPEC_BODY, email: "not-an-email", business_profile: { mcc: "12" } })
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_request")
        expect(response.data.message).toContain("email")
        expect(response.data.message).toContain("business_profile.mcc")
        expect(await emulatorRequests({ method: "POST", path: "/v1/accounts" })).toHaveLength(0)
      })

      it("should return the existing account when the merchant already has one", async () => {
        const first = await createAccount()
        const second = await createAccount({ ...SPEC_BODY, email: "other@restaurant.com" })
        expect(second.status).toBe(200)
        expect(second.data.account_id).toBe(first.data.account_id)
        expect(second.data.created_at).toBe(first.data.created_at)
        expect(second.data.onboarding_url).toEqual(expect.any(String))
        const creations = (await emulatorRequests({ method: "POST", path: "/v1/accounts" })).filter((r) => r.path === "/v1/accounts")
        expect(creations).toHaveLength(1)
      })

      it("should make one Stripe account for five concurrent creations of the same merchant", async () => {
        const responses = await Promise.all(Array.from({ length: 5 }, () => createAccount()))
        expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200])
        const ids = new Set(responses.map((response) => response.data.account_id))
        expect(ids.size).toBe(1)

        const creations = (await emulatorRequests({ method: "POST", path: "/v1/accounts" })).filter(
          (r) => r.path === "/v1/accounts" && !r.idempotent_replayed && r.status === 200
        )
        expect(creations).toHaveLength(1)
        const state = await emulator<{ accounts: unknown[] }>("GET", "/state")
        expect(state.accounts).toHaveLength(1)
        const list = await api.get("/admin/stripe-connect/accounts?merchant_id=merchant_123", as(admin))
        expect(list.data.count).toBe(1)
      })

      it("should refuse a merchant outside the caller's scope with 403 and create nothing", async () => {
        const response = await createAccount({ ...SPEC_BODY, merchant_id: "merchant_b" }, scopedToA)
        expect(response.status).toBe(403)
        expect(response.data.code).toBe("forbidden")
        expect(await emulatorRequests({ method: "POST", path: "/v1/accounts" })).toHaveLength(0)
      })

      it("should answer 502 stripe_error when Stripe fails, and store nothing", async () => {
        await emulator("POST", "/faults", { status: 500, count: 10, method: "POST", path: "/v1/accounts" })
        const response = await createAccount()
        expect(response.status).toBe(502)
        expect(response.data.code).toBe("stripe_error")
        const list = await api.get("/admin/stripe-connect/accounts", as(admin))
        expect(list.data.count).toBe(0)
      })
    })

    describe("GET /admin/stripe-connect/accounts/:account_id", () => {
      it("should answer the specification's status document", async () => {
        const created = await createAccount()
        const response = await api.get(`/admin/stripe-connect/accounts/${created.data.account_id}`, as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual(
          expect.objectContaining({
            account_id: created.data.account_id,
            merchant_id: "merchant_123",
            status: "pending",
            charges_enabled: false,
            payouts_enabled: false,
            details_submitted: false,
            capabilities: { card_payments: "inactive", transfers: "inactive" },
            requirements: {
              currently_due: expect.arrayContaining(["external_account"]),
              eventually_due: expect.any(Array),
              past_due: expect.any(Array),
              disabled_reason: "requirements.past_due",
            },
            business_profile: { name: "Downtown Grill", mcc: "5812", url: "https://downtowngrill.com" },
            payout_schedule: { interval: "daily", delay_days: 2 },
            // Stripe's controller properties as it reported them for the Express mapping.
            controller: {
              type: "application",
              fees: { payer: "application" },
              losses: { payments: "application" },
              stripe_dashboard: { type: "express" },
              requirement_collection: "stripe",
            },
            account_type: "express",
            mode: "test",
            sales_channel_ids: [],
          })
        )
      })

      it("should fill controller from account.updated for an account stored before the plugin kept it", async () => {
        const created = await createAccount({ ...SPEC_BODY, account_type: "custom" })
        const service = container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
        const [stored] = await service.listConnectedAccounts({ stripe_account_id: created.data.account_id })
        await service.updateConnectedAccounts({ id: stored.id, controller: null })
        const before = await api.get(`/admin/stripe-connect/accounts/${created.data.account_id}`, as(admin))
        expect(before.data.controller).toBeNull()

        await emulator("POST", `/accounts/${created.data.account_id}/complete_onboarding`)
        expect(await applyLatestAccountUpdate(created.data.account_id)).toEqual(expect.objectContaining({ applied: true }))
        const after = await api.get(`/admin/stripe-connect/accounts/${created.data.account_id}`, as(admin))
        expect(after.data.controller).toEqual({
          type: "application",
          fees: { payer: "application" },
          losses: { payments: "application" },
          stripe_dashboard: { type: "none" },
          requirement_collection: "application",
        })
      })

      it("should answer 404 account_not_found for an unknown account", async () => {
        const response = await api.get("/admin/stripe-connect/accounts/acct_unknown", as(admin))
        expect(response.status).toBe(404)
        expect(response.data).toEqual(expect.objectContaining({ code: "account_not_found" }))
      })

      it("should answer 404 account_not_found for another merchant's account", async () => {
        const other = await createAccount({ ...SPEC_BODY, merchant_id: "merchant_b" })
        const response = await api.get(`/admin/stripe-connect/accounts/${other.data.account_id}`, as(scopedToA))
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("account_not_found")
        expect(response.data.message).not.toContain("merchant_b")
      })
    })

    describe("GET /admin/stripe-connect/accounts", () => {
      it("should filter by merchant and status and paginate", async () => {
        const a = await createAccount({ ...SPEC_BODY, merchant_id: "merchant_a" })
        await createAccount({ ...SPEC_BODY, merchant_id: "merchant_b" })
        await createAccount({ ...SPEC_BODY, merchant_id: "merchant_c" })
        await emulator("POST", `/accounts/${a.data.account_id}/complete_onboarding`)
        await applyLatestAccountUpdate(a.data.account_id)

        const page = await api.get("/admin/stripe-connect/accounts?limit=2&offset=0", as(admin))
        expect(page.status).toBe(200)
        expect(page.data).toEqual(expect.objectContaining({ count: 3, offset: 0, limit: 2 }))
        expect(page.data.data).toHaveLength(2)

        const active = await api.get("/admin/stripe-connect/accounts?status=active", as(admin))
        expect(active.data.data.map((row: { merchant_id: string }) => row.merchant_id)).toEqual(["merchant_a"])

        const byMerchant = await api.get("/admin/stripe-connect/accounts?merchant_id=merchant_b", as(admin))
        expect(byMerchant.data.data.map((row: { merchant_id: string }) => row.merchant_id)).toEqual(["merchant_b"])
      })

      it("should list only the merchants in the caller's scope", async () => {
        await createAccount({ ...SPEC_BODY, merchant_id: "merchant_a" })
        await createAccount({ ...SPEC_BODY, merchant_id: "merchant_b" })
        const all = await api.get("/admin/stripe-connect/accounts", as(scopedToA))
        expect(all.data.count).toBe(1)
        expect(all.data.data[0].merchant_id).toBe("merchant_a")
        const other = await api.get("/admin/stripe-connect/accounts?merchant_id=merchant_b", as(scopedToA))
        expect(other.data).toEqual(expect.objectContaining({ count: 0, data: [] }))
      })

      it("should answer 400 for an unknown status filter", async () => {
        const response = await api.get("/admin/stripe-connect/accounts?status=sleeping", as(admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("status")
      })
    })

    describe("POST /admin/stripe-connect/accounts/:account_id/onboarding-link", () => {
      it("should create an onboarding link with the given URLs and type", async () => {
        const created = await createAccount()
        const response = await api.post(
          `/admin/stripe-connect/accounts/${created.data.account_id}/onboarding-link`,
          {
            return_url: "https://app.example.com/settings/payments",
            refresh_url: "https://app.example.com/settings/payments/refresh",
            type: "account_update",
          },
          as(admin, { "idempotency-key": "req-123" })
        )
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ url: expect.any(String), expires_at: expect.stringMatching(/Z$/) })
        const links = await emulatorRequests({ method: "POST", path: "/v1/account_links" })
        expect(links[links.length - 1]).toEqual(
          expect.objectContaining({
            // The request id is derived from the caller and its key, so another caller's "req-123" is another request.
            idempotency_key: expect.stringMatching(
              new RegExp(`^stripe-connect:account-link:${created.data.account_id}:account_update:idem_[0-9a-f]{32}$`)
            ),
            params: expect.objectContaining({
              account: created.data.account_id,
              type: "account_update",
              return_url: "https://app.example.com/settings/payments",
              refresh_url: "https://app.example.com/settings/payments/refresh",
            }),
          })
        )
      })

      it("should answer 400 naming type for an unknown link type", async () => {
        const created = await createAccount()
        const response = await api.post(
          `/admin/stripe-connect/accounts/${created.data.account_id}/onboarding-link`,
          { type: "account_everything" },
          as(admin)
        )
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("type")
      })

      it("should answer 404 account_not_found for unknown and out-of-scope accounts", async () => {
        const other = await createAccount({ ...SPEC_BODY, merchant_id: "merchant_b" })
        const unknown = await api.post("/admin/stripe-connect/accounts/acct_nope/onboarding-link", {}, as(admin))
        const outside = await api.post(`/admin/stripe-connect/accounts/${other.data.account_id}/onboarding-link`, {}, as(scopedToA))
        expect([unknown.status, unknown.data.code]).toEqual([404, "account_not_found"])
        expect([outside.status, outside.data.code]).toEqual([404, "account_not_found"])
      })
    })

    describe("POST /admin/stripe-connect/accounts/:account_id/dashboard-link", () => {
      it("should answer 401 account_not_onboarded before onboarding, then a login link once onboarded", async () => {
        const created = await createAccount()
        const early = await api.post(`/admin/stripe-connect/accounts/${created.data.account_id}/dashboard-link`, {}, as(admin))
        expect(early.status).toBe(401)
        expect(early.data.code).toBe("account_not_onboarded")

        await emulator("POST", `/accounts/${created.data.account_id}/complete_onboarding`)
        await applyLatestAccountUpdate(created.data.account_id)
        const response = await api.post(`/admin/stripe-connect/accounts/${created.data.account_id}/dashboard-link`, {}, as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual({ url: expect.stringContaining("express"), expires_at: expect.stringMatching(/Z$/) })
        const [login] = await emulatorRequests({ method: "POST", path: `/v1/accounts/${created.data.account_id}/login_links` })
        expect(login.idempotency_key).toMatch(/^stripe-connect:login-link:/)
      })

      it("should answer 400 invalid_account_type saying why for a standard account", async () => {
        const created = await createAccount({ ...SPEC_BODY, account_type: "standard" })
        const response = await api.post(`/admin/stripe-connect/accounts/${created.data.account_id}/dashboard-link`, {}, as(admin))
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_account_type")
        expect(response.data.message).toContain("only for express accounts")
        expect(await emulatorRequests({ method: "POST", path: `/v1/accounts/${created.data.account_id}/login_links` })).toHaveLength(0)
      })
    })

    describe("webhook-driven updates", () => {
      it("should apply account.updated and emit stripe.account_updated with the old and new status", async () => {
        const created = await createAccount()
        await emulator("POST", `/accounts/${created.data.account_id}/complete_onboarding`)
        const result = await applyLatestAccountUpdate(created.data.account_id)
        expect(result).toEqual(expect.objectContaining({ applied: true, previous_status: "pending", status: "active" }))

        const response = await api.get(`/admin/stripe-connect/accounts/${created.data.account_id}`, as(admin))
        expect(response.data).toEqual(
          expect.objectContaining({
            status: "active",
            charges_enabled: true,
            payouts_enabled: true,
            details_submitted: true,
            capabilities: { card_payments: "active", transfers: "active" },
            requirements: expect.objectContaining({ currently_due: [], disabled_reason: null }),
          })
        )
        const event = await waitFor(() => emitted.find((e) => e.data.account_id === created.data.account_id))
        expect(event.data).toEqual({
          id: expect.stringMatching(/^scacct_/),
          account_id: created.data.account_id,
          merchant_id: "merchant_123",
          previous_status: "pending",
          status: "active",
        })
      })

      it("should skip an account.updated event older than the one applied", async () => {
        const created = await createAccount()
        await emulator("POST", `/accounts/${created.data.account_id}/update`, { charges_enabled: true })
        const older = await latestEvent(created.data.account_id, "account.updated")
        await emulator("POST", "/clock/advance", { seconds: 120 })
        await emulator("POST", `/accounts/${created.data.account_id}/complete_onboarding`)
        await applyLatestAccountUpdate(created.data.account_id)

        const result = await handleAccountUpdatedEvent({ event: older, container: container() })
        expect(result).toEqual(expect.objectContaining({ applied: false, reason: "stale_event" }))
        const response = await api.get(`/admin/stripe-connect/accounts/${created.data.account_id}`, as(admin))
        expect(response.data.status).toBe("active")
        expect(response.data.details_submitted).toBe(true)
      })

      it("should keep a newer capability.updated refresh when an account.updated handler that read the row before it writes after it", async () => {
        const created = await createAccount()
        const accountId = created.data.account_id
        await emulator("POST", `/accounts/${accountId}/update`, { charges_enabled: true })
        const older = await latestEvent(accountId, "account.updated")
        await emulator("POST", "/clock/advance", { seconds: 120 })
        await emulator("POST", `/accounts/${accountId}/update`, { capabilities: { card_payments: "active" } })
        const newer = await latestEvent(accountId, "capability.updated")
        // The two handlers lock different objects (the account, the capability): the capability.updated refresh
        // commits between the account.updated handler's read of the stored account and its write.
        const service = container().resolve<{ listConnectedAccounts: (...args: unknown[]) => Promise<unknown[]> }>("stripe_connect")
        const read = service.listConnectedAccounts.bind(service)
        jest.spyOn(service, "listConnectedAccounts").mockImplementationOnce(async (...args: unknown[]) => {
          const rows = await read(...args)
          expect(await handleCapabilityUpdatedEvent({ event: newer, container: container() })).toEqual(expect.objectContaining({ applied: true }))
          return rows
        })
        try {
          const result = await handleAccountUpdatedEvent({ event: older, container: container() })
          expect(result).toEqual(expect.objectContaining({ applied: false, reason: "stale_event" }))
        } finally {
          jest.restoreAllMocks()
        }
        const response = await api.get(`/admin/stripe-connect/accounts/${accountId}`, as(admin))
        expect(response.data.capabilities.card_payments).toBe("active")
      })

      it("should mark a rejected account disabled", async () => {
        const created = await createAccount()
        const stripe = emulatorStripe()
        await stripe.accounts.reject(created.data.account_id, { reason: "fraud" })
        await applyLatestAccountUpdate(created.data.account_id)
        const response = await api.get(`/admin/stripe-connect/accounts/${created.data.account_id}`, as(admin))
        expect(response.data.status).toBe("disabled")
        expect(response.data.requirements.disabled_reason).toBe("rejected.fraud")
      })

      it("should refresh the account on capability.updated", async () => {
        const created = await createAccount()
        await emulator("POST", `/accounts/${created.data.account_id}/update`, { capabilities: { card_payments: "active" } })
        const event = await latestEvent(created.data.account_id, "capability.updated")
        const result = await handleCapabilityUpdatedEvent({ event, container: container() })
        expect(result).toEqual(expect.objectContaining({ applied: true }))
        const response = await api.get(`/admin/stripe-connect/accounts/${created.data.account_id}`, as(admin))
        expect(response.data.capabilities.card_payments).toBe("active")
      })

      it("should ignore events about accounts the plugin does not know", async () => {
        const stripe = emulatorStripe()
        const foreign = await stripe.accounts.create({ type: "express" })
        await emulator("POST", `/accounts/${foreign.id}/complete_onboarding`)
        const result = await applyLatestAccountUpdate(foreign.id)
        expect(result).toEqual({ applied: false, reason: "unknown_account", account_id: foreign.id })
        expect(emitted).toHaveLength(0)
      })
    })

    describe("POST /admin/stripe-connect/accounts/:account_id/sales-channels", () => {
      it("should link and unlink sales channels", async () => {
        const created = await createAccount()
        const salesChannels = container().resolve(Modules.SALES_CHANNEL)
        const channel = await salesChannels.createSalesChannels({ name: "Downtown Grill web" })

        const linked = await api.post(
          `/admin/stripe-connect/accounts/${created.data.account_id}/sales-channels`,
          { add: [channel.id] },
          as(admin)
        )
        expect(linked.status).toBe(200)
        expect(linked.data).toEqual({ account_id: created.data.account_id, sales_channel_ids: [channel.id] })
        const status = await api.get(`/admin/stripe-connect/accounts/${created.data.account_id}`, as(admin))
        expect(status.data.sales_channel_ids).toEqual([channel.id])

        const unlinked = await api.post(
          `/admin/stripe-connect/accounts/${created.data.account_id}/sales-channels`,
          { remove: [channel.id] },
          as(admin)
        )
        expect(unlinked.data.sales_channel_ids).toEqual([])
      })

      it("should refuse an unknown sales channel with 400 naming add, and one linked to another account with 409", async () => {
        const first = await createAccount()
        const second = await createAccount({ ...SPEC_BODY, merchant_id: "merchant_b" })
        const salesChannels = container().resolve(Modules.SALES_CHANNEL)
        const channel = await salesChannels.createSalesChannels({ name: "Shared" })

        const unknown = await api.post(
          `/admin/stripe-connect/accounts/${first.data.account_id}/sales-channels`,
          { add: ["sc_missing"] },
          as(admin)
        )
        expect(unknown.status).toBe(400)
        expect(unknown.data.message).toContain("add")

        await api.post(`/admin/stripe-connect/accounts/${first.data.account_id}/sales-channels`, { add: [channel.id] }, as(admin))
        const taken = await api.post(
          `/admin/stripe-connect/accounts/${second.data.account_id}/sales-channels`,
          { add: [channel.id] },
          as(admin)
        )
        expect(taken.status).toBe(409)
        const status = await api.get(`/admin/stripe-connect/accounts/${second.data.account_id}`, as(admin))
        expect(status.data.sales_channel_ids).toEqual([])
      })

      it("should answer 400 for an empty body and 404 for another merchant's account", async () => {
        const other = await createAccount({ ...SPEC_BODY, merchant_id: "merchant_b" })
        const empty = await api.post(`/admin/stripe-connect/accounts/${other.data.account_id}/sales-channels`, {}, as(admin))
        expect(empty.status).toBe(400)
        const outside = await api.post(
          `/admin/stripe-connect/accounts/${other.data.account_id}/sales-channels`,
          { add: ["sc_1"] },
          as(scopedToA)
        )
        expect([outside.status, outside.data.code]).toEqual([404, "account_not_found"])
      })
    })
  },
})
