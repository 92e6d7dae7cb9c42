import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type Stripe from "stripe"
import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { signPayload, storedEventWith, waitFor } from "../webhooks/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { computeNextPayoutDate } from "../../../src/modules/stripe-connect/payouts"
import { syncStripePayoutWorkflow } from "../../../src/workflows/payouts/workflows/sync-stripe-payout"

jest.setTimeout(600_000)

type HostEvent = { name: string; data: Record<string, unknown> }
type Balance = { available: { amount: number; currency: string }[] }

const CONNECT_SECRET = (process.env.STRIPE_WEBHOOK_SECRETS_CONNECT || "whsec_dev_connect_secret").split(",")[0]

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountId: string
    const hostEvents: HostEvent[] = []
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)

    beforeAll(async () => {
      const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      for (const name of ["stripe.payout_paid", "stripe.payout_failed"]) {
        eventBus.subscribe(name, async (event: { name: string; data: unknown }) => {
          hostEvents.push({ name: event.name, data: event.data as Record<string, unknown> })
        }, { subscriberId: `payouts-spec-${name}` })
      }
    })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      hostEvents.length = 0
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_123")
    })

    const as = (who: TestAdmin, headers: Record<string, string> = {}) => ({ headers: { ...who.headers, ...headers }, validateStatus: () => true })
    const schedulePath = (id = accountId) => `/admin/stripe-connect/accounts/${id}/payouts/schedule`
    const payoutsPath = (id = accountId) => `/admin/stripe-connect/accounts/${id}/payouts`
    const addFunds = (amount: number, account = accountId) => emulator("POST", "/balance/add", { account, amount, currency: "usd" })
    const requestPayout = (body: object = { amount: 5000, currency: "usd" }, who: TestAdmin = admin, headers: Record<string, string> = {}) =>
      api.post(payoutsPath(), body, as(who, headers))
    const available = async (id = accountId): Promise<number> => {
      const { data } = (await api.get(`/admin/stripe-connect/accounts/${id}/balance`, as(admin))) as { data: Balance }
      return data.available.find((entry) => entry.currency === "usd")?.amount ?? 0
    }
    const scopedAdmin = () => createAdminUser(getContainer(), { roles: [{ role: "super_admin", merchant_ids: ["merchant_456"] }] })

    async function deliverConnectEvent(type: string, objectId: string): Promise<Stripe.Event> {
      const event = await waitFor(async () => {
        const { data } = await emulator<{ data: Stripe.Event[] }>("GET", `/events?account=${accountId}&type=${type}`)
        return data.find((candidate) => (candidate.data.object as { id: string }).id === objectId)
      }, `the emulator's ${type} event`)
      const payload = JSON.stringify(event)
      const response = await api.post("/hooks/stripe-connect/connect", payload, {
        headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, CONNECT_SECRET) },
        validateStatus: () => true,
        transformRequest: [(data: string) => data],
      })
      expect(response.status).toBe(200)
      return event
    }

    describe("GET/PUT/POST /admin/stripe-connect/accounts/:account_id/payouts/schedule", () => {
      it("should answer Stripe's schedule with the computed next_payout_date", async () => {
        const response = await api.get(schedulePath(), as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          interval: "daily",
          delay_days: 2,
          anchor_day: null,
          next_payout_date: computeNextPayoutDate({ interval: "daily" }, new Date()),
        })
      })

      it("should update the schedule at Stripe with the specification's body (PUT) and answer it", async () => {
        const response = await api.put(schedulePath(), { interval: "weekly", weekly_anchor: "friday", delay_days: 2 }, as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          interval: "weekly",
          delay_days: 2,
          anchor_day: "friday",
          next_payout_date: computeNextPayoutDate({ interval: "weekly", weekly_anchor: "friday" }, new Date()),
        })
        const [request] = await emulatorRequests({ method: "POST", path: `/v1/accounts/${accountId}` })
        expect(request.params).toEqual({ settings: { payouts: { schedule: { interval: "weekly", weekly_anchor: "friday", delay_days: "2" } } } })
        expect(request.idempotency_key).toMatch(new RegExp(`^stripe-connect:payout-schedule:${accountId}:`))
        const again = await api.get(schedulePath(), as(admin))
        expect(again.data.anchor_day).toBe("friday")
      })

      it("should accept POST as well, for monthly payouts", async () => {
        const response = await api.post(schedulePath(), { interval: "monthly", monthly_anchor: 15, delay_days: 3 }, as(admin))
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ interval: "monthly", anchor_day: 15, delay_days: 3 }))
        const manual = await api.put(schedulePath(), { interval: "manual" }, as(admin))
        expect(manual.data).toEqual(expect.objectContaining({ interval: "manual", anchor_day: null, next_payout_date: null }))
      })

      it.each([
        [{ weekly_anchor: "friday" }, "interval", "is required"],
        [{ interval: "hourly" }, "interval", "must be manual, daily, weekly or monthly"],
        [{ interval: "daily", weekly_anchor: "friday" }, "weekly_anchor", "only applies to weekly payouts"],
        [{ interval: "weekly" }, "weekly_anchor", "is required for weekly payouts"],
        [{ interval: "weekly", weekly_anchor: "someday" }, "weekly_anchor", "must be a weekday name"],
        [{ interval: "weekly", weekly_anchor: "friday", monthly_anchor: 5 }, "monthly_anchor", "only applies to monthly payouts"],
        [{ interval: "monthly" }, "monthly_anchor", "is required for monthly payouts"],
        [{ interval: "monthly", monthly_anchor: 0 }, "monthly_anchor", "from 1 to 31"],
        [{ interval: "monthly", monthly_anchor: 32 }, "monthly_anchor", "from 1 to 31"],
        [{ interval: "daily", delay_days: -2 }, "delay_days", "integer from 0 to 365"],
        [{ interval: "manual", delay_days: 2 }, "delay_days", "does not apply to manual payouts"],
      ])("should refuse %j with a 400 naming %s and saying why, changing nothing at Stripe", async (body, field, why) => {
        const response = await api.put(schedulePath(), body, as(admin))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(`${field}: `)
        expect(response.data.message).toContain(why)
        expect(await emulatorRequests({ method: "POST", path: `/v1/accounts/${accountId}` })).toHaveLength(0)
      })

      it("should refuse a standard account, whose payouts the platform does not control, with a clear 400", async () => {
        const created = await api.post(
          "/admin/stripe-connect/accounts",
          { merchant_id: "merchant_std", account_type: "standard", country: "US", email: "std@example.com" },
          as(admin)
        )
        expect(created.status).toBe(200)
        const response = await api.put(schedulePath(created.data.account_id), { interval: "daily", delay_days: 2 }, as(admin))
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_account_type")
        expect(response.data.message).toContain("manages its own payouts")
        expect(await emulatorRequests({ method: "POST", path: `/v1/accounts/${created.data.account_id}` })).toHaveLength(0)
      })

      it("should answer 404 for another merchant's account and an unknown one", async () => {
        const scoped = await scopedAdmin()
        expect((await api.get(schedulePath(), as(scoped))).status).toBe(404)
        const put = await api.put(schedulePath(), { interval: "daily" }, as(scoped))
        expect(put.status).toBe(404)
        expect(put.data.code).toBe("account_not_found")
        expect((await api.get(schedulePath("acct_unknown"), as(admin))).status).toBe(404)
      })
    })

    describe("POST /admin/stripe-connect/accounts/:account_id/payouts", () => {
      it("should pay out from the account's balance with Stripe-Account and an idempotency key", async () => {
        await addFunds(20000)
        const response = await requestPayout({ amount: 5000, currency: "usd" })
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          payout_id: expect.stringMatching(/^po_/),
          amount: 5000,
          currency: "usd",
          status: "pending",
          arrival_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          method: "standard",
          bank_account: { last4: "6789", bank_name: "STRIPE TEST BANK" },
        })
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/payouts" })
        expect(request.stripe_account).toBe(accountId)
        expect(request.idempotency_key).toMatch(new RegExp(`^stripe-connect:payout:${accountId}:`))
        expect(await available()).toBe(15000)
      })

      it("should refuse a second payout with 409 payout_in_progress while one is pending or in transit, then allow it", async () => {
        await addFunds(20000)
        const first = await requestPayout()
        expect(first.status).toBe(200)
        const second = await requestPayout()
        expect(second.status).toBe(409)
        expect(second.data.code).toBe("payout_in_progress")
        expect(second.data.message).toContain(first.data.payout_id)
        await emulator("POST", `/payouts/${first.data.payout_id}/status`, { account: accountId, status: "in_transit" })
        expect((await requestPayout()).status).toBe(409)
        await emulator("POST", `/payouts/${first.data.payout_id}/status`, { account: accountId, status: "paid" })
        const third = await requestPayout()
        expect(third.status).toBe(200)
        expect(await available()).toBe(10000)
      })

      it("should answer the payout when its payout.created handler stored it before the request did", async () => {
        await addFunds(20000)
        // payout.created is handled between Stripe's answer and the request's own insert.
        const stored = service() as unknown as { createStripeConnectPayouts: (data: { payout_id: string }) => Promise<unknown> }
        const create = stored.createStripeConnectPayouts.bind(stored)
        jest.spyOn(stored, "createStripeConnectPayouts").mockImplementationOnce(async (data) => {
          const payout = await emulatorStripe().payouts.retrieve(data.payout_id, {}, { stripeAccount: accountId })
          const { result } = await syncStripePayoutWorkflow(container()).run({
            input: { payout, account_id: accountId, event_created: payout.created },
          })
          expect(result.applied).toBe(true)
          return create(data)
        })
        let response: Awaited<ReturnType<typeof requestPayout>>
        try {
          response = await requestPayout({ amount: 5000, currency: "usd" }, admin, { "idempotency-key": "payout-raced-1" })
        } finally {
          jest.restoreAllMocks()
        }
        expect(response.status).toBe(200)
        const rows = await service().listStripeConnectPayouts({ payout_id: response.data.payout_id })
        expect(rows).toHaveLength(1)
        expect(rows[0].request_id).toEqual(expect.any(String))
        const retried = await requestPayout({ amount: 5000, currency: "usd" }, admin, { "idempotency-key": "payout-raced-1" })
        expect([retried.status, retried.data.payout_id]).toEqual([200, response.data.payout_id])
        expect(await emulatorRequests({ method: "POST", path: "/v1/payouts" })).toHaveLength(1)
      })

      it("should let exactly one of two parallel requests pay out, the other 409", async () => {
        await addFunds(20000)
        const responses = await Promise.all([requestPayout(), requestPayout()])
        const statuses = responses.map((response) => response.status).sort()
        expect(statuses).toEqual([200, 409])
        const created = (await emulatorRequests({ method: "POST", path: "/v1/payouts" })).filter((request) => request.status === 200)
        expect(created).toHaveLength(1)
        expect(await available()).toBe(15000)
      })

      it("should refuse a payout larger than the available balance with 400 insufficient_balance", async () => {
        await addFunds(1000)
        const response = await requestPayout({ amount: 5000, currency: "usd" })
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("insufficient_balance")
        expect(await available()).toBe(1000)
        expect(await service().listStripeConnectPayouts({ stripe_account_id: accountId })).toHaveLength(0)
      })

      it("should answer the same payout when the request is retried with its Idempotency-Key", async () => {
        await addFunds(20000)
        const first = await requestPayout(undefined, admin, { "idempotency-key": "payout-7" })
        const second = await requestPayout(undefined, admin, { "idempotency-key": "payout-7" })
        expect(first.status).toBe(200)
        expect(second.status).toBe(200)
        expect(second.data.payout_id).toBe(first.data.payout_id)
        expect(second.data.bank_account).toEqual({ last4: "6789", bank_name: "STRIPE TEST BANK" })
        expect(await available()).toBe(15000)
      })

      it("should make instant payouts arrive today", async () => {
        await addFunds(20000)
        const response = await requestPayout({ amount: 2000, currency: "usd", method: "instant" })
        expect(response.status).toBe(200)
        expect(response.data).toEqual(expect.objectContaining({ method: "instant", arrival_date: new Date().toISOString().slice(0, 10) }))
      })

      it.each([
        ["amount", { amount: 0, currency: "usd" }],
        ["amount", { amount: 12.5, currency: "usd" }],
        ["currency", { amount: 100, currency: "us" }],
        ["method", { amount: 100, currency: "usd", method: "overnight" }],
      ])("should answer 400 naming %s and call Stripe for nothing", async (field, body) => {
        const response = await requestPayout(body)
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect(await emulatorRequests({ method: "POST", path: "/v1/payouts" })).toHaveLength(0)
      })

      it("should answer 401 account_not_onboarded while the account's payouts are not enabled", async () => {
        const fresh = await onboardedAccount(api, container(), admin.headers, "merchant_new", { complete: false })
        await addFunds(20000, fresh)
        const response = await api.post(payoutsPath(fresh), { amount: 1000, currency: "usd" }, as(admin))
        expect(response.status).toBe(401)
        expect(response.data.code).toBe("account_not_onboarded")
        expect(await emulatorRequests({ method: "POST", path: "/v1/payouts" })).toHaveLength(0)
      })

      it("should answer 404 for another merchant's account", async () => {
        await addFunds(20000)
        const response = await requestPayout(undefined, await scopedAdmin())
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("account_not_found")
        expect(await emulatorRequests({ method: "POST", path: "/v1/payouts" })).toHaveLength(0)
      })
    })

    describe("GET /admin/stripe-connect/accounts/:account_id/payouts", () => {
      it("should list Stripe's payouts with the specification's fields, filter by status and page by cursor", async () => {
        await addFunds(50000)
        const stripe = emulatorStripe()
        const a = await stripe.payouts.create({ amount: 1000, currency: "usd" }, { stripeAccount: accountId })
        await emulator("POST", `/payouts/${a.id}/status`, { account: accountId, status: "paid" })
        const b = await stripe.payouts.create({ amount: 2000, currency: "usd" }, { stripeAccount: accountId })
        await emulator("POST", `/payouts/${b.id}/status`, { account: accountId, status: "failed", failure_code: "account_closed" })
        const c = await stripe.payouts.create({ amount: 3000, currency: "usd" }, { stripeAccount: accountId })

        const all = await api.get(payoutsPath(), as(admin))
        expect(all.status).toBe(200)
        expect(all.data.data.map((row: { payout_id: string }) => row.payout_id)).toEqual([c.id, b.id, a.id])
        expect(all.data.data[2]).toEqual({
          payout_id: a.id,
          amount: 1000,
          currency: "usd",
          status: "paid",
          arrival_date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
          method: "standard",
          bank_account: { last4: "6789", bank_name: "STRIPE TEST BANK" },
        })
        expect(all.data.has_more).toBe(false)

        const failed = await api.get(`${payoutsPath()}?status=failed`, as(admin))
        expect(failed.data.data.map((row: { payout_id: string }) => row.payout_id)).toEqual([b.id])

        const page1 = await api.get(`${payoutsPath()}?limit=2`, as(admin))
        expect(page1.data.data).toHaveLength(2)
        expect(page1.data.has_more).toBe(true)
        const page2 = await api.get(`${payoutsPath()}?limit=2&starting_after=${page1.data.next_starting_after}`, as(admin))
        expect(page2.data.data.map((row: { payout_id: string }) => row.payout_id)).toEqual([a.id])

        const bad = await api.get(`${payoutsPath()}?status=lost`, as(admin))
        expect(bad.status).toBe(400)
        expect(bad.data.message).toContain("status")
      })

      it("should answer 404 for another merchant's account", async () => {
        const response = await api.get(payoutsPath(), as(await scopedAdmin()))
        expect(response.status).toBe(404)
      })
    })

    describe("payout webhooks", () => {
      it("should update the stored payout on payout.paid and emit stripe.payout_paid", async () => {
        await addFunds(20000)
        const made = await requestPayout()
        const payoutId = made.data.payout_id
        await emulator("POST", `/payouts/${payoutId}/status`, { account: accountId, status: "paid" })
        await deliverConnectEvent("payout.paid", payoutId)
        const row = await waitFor(async () => {
          const [stored] = await service().listStripeConnectPayouts({ payout_id: payoutId })
          return stored?.status === "paid" ? stored : undefined
        }, "the stored payout to be paid")
        expect(row).toEqual(expect.objectContaining({ stripe_account_id: accountId, merchant_id: "merchant_123", amount: 5000 }))
        await waitFor(async () => hostEvents.find((event) => event.data.payout_id === payoutId), "stripe.payout_paid")
        expect(hostEvents.find((event) => event.data.payout_id === payoutId)).toEqual({
          name: "stripe.payout_paid",
          data: expect.objectContaining({ account: accountId, amount: 5000, currency: "usd", status: "paid", failure_code: null }),
        })
      })

      it("should record failure codes on payout.failed, emit stripe.payout_failed, and store payouts made elsewhere", async () => {
        await addFunds(20000)
        const stripe = emulatorStripe()
        const payout = await stripe.payouts.create({ amount: 4000, currency: "usd" }, { stripeAccount: accountId })
        await emulator("POST", `/payouts/${payout.id}/status`, { account: accountId, status: "failed", failure_code: "no_account" })
        await deliverConnectEvent("payout.failed", payout.id)
        const row = await waitFor(async () => {
          const [stored] = await service().listStripeConnectPayouts({ payout_id: payout.id })
          return stored?.status === "failed" ? stored : undefined
        }, "the stored payout to be failed")
        expect(row).toEqual(expect.objectContaining({ failure_code: "no_account", merchant_id: "merchant_123" }))
        await waitFor(async () => hostEvents.find((event) => event.data.payout_id === payout.id), "stripe.payout_failed")
        expect(hostEvents.find((event) => event.data.payout_id === payout.id)).toEqual({
          name: "stripe.payout_failed",
          data: expect.objectContaining({ status: "failed", failure_code: "no_account", failure_message: expect.any(String) }),
        })
        // The failed payout returned its funds.
        expect(await available()).toBe(20000)
      })

      it("should keep a payout a staff payout request found paid when a payout handler that read it in transit writes after it", async () => {
        await addFunds(20000)
        const made = await requestPayout()
        const payoutId = made.data.payout_id
        await emulator("POST", `/payouts/${payoutId}/status`, { account: accountId, status: "in_transit" })
        // What a payout.updated handler read from Stripe while the payout was in transit, written after the staff
        // request below corrected the stored payout to paid (no payout.paid delivered yet).
        const readBefore = await emulatorStripe().payouts.retrieve(payoutId, {}, { stripeAccount: accountId })
        await emulator("POST", `/payouts/${payoutId}/status`, { account: accountId, status: "paid" })
        expect((await requestPayout()).status).toBe(200)
        const [corrected] = await service().listStripeConnectPayouts({ payout_id: payoutId })
        expect(corrected.status).toBe("paid")

        const { result } = await syncStripePayoutWorkflow(container()).run({
          input: { payout: readBefore, account_id: accountId, event_created: Math.floor(Date.now() / 1000) },
        })
        expect(result).toEqual({ id: corrected.id, applied: false })
        const [stored] = await service().listStripeConnectPayouts({ payout_id: payoutId })
        expect(stored.status).toBe("paid")
      })

      it("should keep the newest status when an older payout event arrives late", async () => {
        await addFunds(20000)
        const made = await requestPayout()
        const payoutId = made.data.payout_id
        await emulator("POST", `/payouts/${payoutId}/status`, { account: accountId, status: "paid" })
        await deliverConnectEvent("payout.paid", payoutId)
        await waitFor(async () => {
          const [stored] = await service().listStripeConnectPayouts({ payout_id: payoutId })
          return stored?.status === "paid" ? stored : undefined
        }, "paid")
        const late = await deliverConnectEvent("payout.created", payoutId)
        await storedEventWith(container(), late.id)
        const [stored] = await service().listStripeConnectPayouts({ payout_id: payoutId })
        expect(stored.status).toBe("paid")
      })
    })
  },
})
