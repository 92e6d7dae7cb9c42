import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { signPayload, waitFor } from "../webhooks/helpers"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { syncStripeTransferWorkflow } from "../../../src/workflows/transfers/workflows/sync-stripe-transfer"

jest.setTimeout(120_000)

const PLATFORM_SECRET = (process.env.STRIPE_WEBHOOK_SECRETS_PLATFORM || "whsec_dev_platform_secret").split(",")[0]

type Balance = { available: { amount: number; currency: string }[]; pending: { amount: number; currency: string }[] }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountId: string
    let otherAccountId: string
    const container = (): MedusaContainer => getContainer()

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      accountId = await onboardedAccount(api, container(), admin.headers, "merchant_123")
      otherAccountId = await onboardedAccount(api, container(), admin.headers, "merchant_456")
    })

    const as = (who: TestAdmin, headers: Record<string, string> = {}) => ({ headers: { ...who.headers, ...headers }, validateStatus: () => true })
    const specBody = (overrides: object = {}) => ({
      account_id: accountId,
      amount: 10000,
      currency: "usd",
      description: "Weekly tip payout",
      metadata: { pay_period: "2026-01-15 to 2026-01-21" },
      ...overrides,
    })
    const createTransfer = (body: object = specBody(), who: TestAdmin = admin, headers: Record<string, string> = {}) =>
      api.post("/admin/stripe-connect/transfers", body, as(who, headers))
    const reverse = (transferId: string, body: object, who: TestAdmin = admin, headers: Record<string, string> = {}) =>
      api.post(`/admin/stripe-connect/transfers/${transferId}/reverse`, body, as(who, headers))
    const addPlatformFunds = (amount: number) => emulator("POST", "/balance/add", { amount, currency: "usd" })
    const available = (balance: Balance, currency = "usd") => balance.available.find((entry) => entry.currency === currency)?.amount ?? 0
    const pending = (balance: Balance, currency = "usd") => balance.pending.find((entry) => entry.currency === currency)?.amount ?? 0
    const platformBalance = async (): Promise<Balance> => (await api.get("/admin/stripe-connect/balance", as(admin))).data
    const accountBalance = async (id: string): Promise<Balance> => (await api.get(`/admin/stripe-connect/accounts/${id}/balance`, as(admin))).data
    const today = () => new Date().toISOString().slice(0, 10)

    /** A charge on the platform itself (no destination), captured; its funds are pending for two days. */
    async function platformCharge(amount: number): Promise<string> {
      const stripe = emulatorStripe()
      const intent = await stripe.paymentIntents.create({ amount, currency: "usd", allowed_payment_method_types: ["card"] })
      await emulator("POST", `/payment_intents/${intent.id}/succeed`)
      const after = await stripe.paymentIntents.retrieve(intent.id)
      return String(after.latest_charge)
    }

    describe("POST /admin/stripe-connect/transfers", () => {
      it("should transfer and answer the specification's body exactly, with an idempotency key at Stripe", async () => {
        await addPlatformFunds(50000)
        const response = await createTransfer()
        expect(response.status).toBe(200)
        expect(response.data).toEqual({
          transfer_id: expect.stringMatching(/^tr_/),
          amount: 10000,
          currency: "usd",
          status: "paid",
          arrival_date: today(),
        })
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/transfers" })
        expect(request.params).toEqual(
          expect.objectContaining({ destination: accountId, amount: "10000", currency: "usd", description: "Weekly tip payout" })
        )
        expect(request.idempotency_key).toMatch(/^stripe-connect:transfer:create:/)
        expect(request.stripe_account).toBeNull()
      })

      it("should move the platform's and the account's balances by the amount", async () => {
        await addPlatformFunds(50000)
        const platformBefore = await platformBalance()
        const accountBefore = await accountBalance(accountId)
        expect(available(platformBefore)).toBe(50000)
        expect(available(accountBefore)).toBe(0)
        expect((await createTransfer()).status).toBe(200)
        expect(available(await platformBalance())).toBe(40000)
        expect(available(await accountBalance(accountId))).toBe(10000)
        expect(available(await accountBalance(otherAccountId))).toBe(0)
      })

      it("should answer 400 insufficient_balance from Stripe's refusal and store nothing", async () => {
        await addPlatformFunds(5000)
        const response = await createTransfer()
        expect(response.status).toBe(400)
        expect(response.data).toEqual(expect.objectContaining({ code: "insufficient_balance" }))
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/transfers" })
        expect(request.status).toBe(400)
        expect(request.error_code).toBe("balance_insufficient")
        const list = await api.get("/admin/stripe-connect/transfers", as(admin))
        expect(list.data.count).toBe(0)
      })

      it("should transfer once when the same request is retried with its Idempotency-Key", async () => {
        await addPlatformFunds(50000)
        const first = await createTransfer(specBody(), admin, { "idempotency-key": "tip-run-42" })
        const second = await createTransfer(specBody(), admin, { "idempotency-key": "tip-run-42" })
        expect(first.status).toBe(200)
        expect(second.status).toBe(200)
        expect(second.data).toEqual(first.data)
        expect(second.headers["idempotent-replayed"]).toBe("true")
        // The repeat is answered from the stored response: Stripe is asked once.
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(1)
        expect(available(await platformBalance())).toBe(40000)
        expect((await api.get("/admin/stripe-connect/transfers", as(admin))).data.count).toBe(1)
      })

      it("should tie a transfer to a pending charge with source_transaction: pending, arriving when the charge's funds do", async () => {
        const charge = await platformCharge(20000)
        const response = await createTransfer(specBody({ source_transaction: charge, amount: 8000 }))
        expect(response.status).toBe(200)
        const inTwoDays = new Date(Date.now() + 2 * 86400_000).toISOString().slice(0, 10)
        expect(response.data).toEqual(expect.objectContaining({ status: "pending", arrival_date: inTwoDays, amount: 8000 }))
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/transfers" })
        expect(request.params.source_transaction).toBe(charge)
        expect(pending(await accountBalance(accountId))).toBe(8000)
      })

      it("should use the charge of the order's stored payment for order_id", async () => {
        const created = await api.post(
          "/admin/stripe-connect/payments",
          { account_id: accountId, amount: 3000, currency: "usd", order_id: "order_tip_1", capture_method: "automatic" },
          as(admin)
        )
        expect(created.status).toBe(200)
        await emulator("POST", `/payment_intents/${created.data.payment_intent_id}/confirm`)
        await api.get(`/admin/stripe-connect/payments/${created.data.payment_intent_id}`, as(admin))
        const stripe = emulatorStripe()
        const intent = await stripe.paymentIntents.retrieve(created.data.payment_intent_id)
        const service = container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
        const [payment] = await service.listStripeConnectPayments({ payment_intent_id: intent.id })
        await service.updateStripeConnectPayments({ id: payment.id, latest_charge_id: String(intent.latest_charge) })

        const response = await createTransfer(specBody({ order_id: "order_tip_1", amount: 1000 }))
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/transfers" })
        expect(request.params.source_transaction).toBe(String(intent.latest_charge))
        // A destination charge already sent its whole amount to the account, so Stripe finds nothing left to transfer.
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("insufficient_balance")
      })

      it("should refuse an order without a charged Stripe payment with a 400 naming order_id", async () => {
        const response = await createTransfer(specBody({ order_id: "order_unknown" }))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("order_id")
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(0)
      })

      it.each([
        ["account_id", { account_id: undefined }],
        ["account_id", { account_id: "merchant_123" }],
        ["amount", { amount: -5 }],
        ["amount", { amount: 10.5 }],
        ["currency", { currency: "dollars" }],
        ["metadata", { metadata: { ["k".repeat(41)]: "v" } }],
        ["order_id", { order_id: "order_1", source_transaction: "ch_123" }],
        ["amount", { currency: "jpy", amount: 0 }],
      ])("should answer 400 naming %s for bad input and call Stripe for nothing", async (field, overrides) => {
        const response = await createTransfer(specBody(overrides))
        expect(response.status).toBe(400)
        expect(response.data.message).toContain(field)
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(0)
      })

      it("should answer 404 account_not_found for an unknown account and for another merchant's account", async () => {
        const unknown = await createTransfer(specBody({ account_id: "acct_doesnotexist" }))
        expect(unknown.status).toBe(404)
        expect(unknown.data.code).toBe("account_not_found")
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_456"] }] })
        const foreign = await createTransfer(specBody(), scoped)
        expect(foreign.status).toBe(404)
        expect(foreign.data.code).toBe("account_not_found")
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(0)
      })

      it("should answer 401 account_not_onboarded for an account that cannot receive transfers yet", async () => {
        await addPlatformFunds(50000)
        const fresh = await onboardedAccount(api, container(), admin.headers, "merchant_new", { complete: false })
        const response = await createTransfer(specBody({ account_id: fresh }))
        expect(response.status).toBe(401)
        expect(response.data.code).toBe("account_not_onboarded")
        expect(await emulatorRequests({ method: "POST", path: "/v1/transfers" })).toHaveLength(0)
      })

      it("should answer Stripe's refusal as a 400 naming the capability when Stripe has deactivated the account's transfers", async () => {
        await addPlatformFunds(50000)
        // Stripe turns the capability off; the store has not heard of it yet (no account.updated applied).
        await emulator("POST", `/accounts/${accountId}/update`, { capabilities: { transfers: "inactive" } })
        const response = await createTransfer()
        expect(response.status).toBe(400)
        expect(response.data.code).toBe("invalid_request")
        expect(response.data.message).toContain("capabilities enabled: transfers")
        const [request] = await emulatorRequests({ method: "POST", path: "/v1/transfers" })
        expect(request.error_code).toBe("insufficient_capabilities_for_transfer")
        expect((await api.get("/admin/stripe-connect/transfers", as(admin))).data.count).toBe(0)
        expect(available(await platformBalance())).toBe(50000)
      })

      it("should refuse roles that may not move money", async () => {
        const staff = await createAdminUser(getContainer(), { roles: [{ role: "pos_staff" }] })
        const response = await createTransfer(specBody(), staff)
        expect(response.status).toBe(403)
      })
    })

    describe("POST /admin/stripe-connect/transfers/:transfer_id/reverse", () => {
      async function madeTransfer(amount = 10000): Promise<string> {
        await addPlatformFunds(amount)
        const response = await createTransfer(specBody({ amount }))
        expect(response.status).toBe(200)
        return response.data.transfer_id
      }

      it("should reverse partly, then the rest, showing reversed amounts on the stored transfer and moving balances back", async () => {
        const transferId = await madeTransfer()
        const partial = await reverse(transferId, { amount: 5000, description: "Partial reversal - error correction" })
        expect(partial.status).toBe(200)
        expect(partial.data).toEqual({
          reversal_id: expect.stringMatching(/^trr_/),
          transfer_id: transferId,
          amount: 5000,
          currency: "usd",
          amount_reversed: 5000,
          status: "partially_reversed",
        })
        expect(available(await accountBalance(accountId))).toBe(5000)
        expect(available(await platformBalance())).toBe(5000)
        const [request] = await emulatorRequests({ method: "POST", path: `/v1/transfers/${transferId}/reversals` })
        expect(request.idempotency_key).toMatch(new RegExp(`^stripe-connect:transfer:reverse:${transferId}:`))
        expect(request.params.description).toBe("Partial reversal - error correction")

        const rest = await reverse(transferId, {})
        expect(rest.status).toBe(200)
        expect(rest.data).toEqual(expect.objectContaining({ amount: 5000, amount_reversed: 10000, status: "reversed" }))
        expect(available(await accountBalance(accountId))).toBe(0)
        expect(available(await platformBalance())).toBe(10000)

        const list = await api.get(`/admin/stripe-connect/transfers?account_id=${accountId}`, as(admin))
        expect(list.data.data[0]).toEqual(expect.objectContaining({ transfer_id: transferId, amount_reversed: 10000, status: "reversed" }))
      })

      it("should refuse more than is not yet reversed with a 400 naming amount, reversing nothing", async () => {
        const transferId = await madeTransfer()
        expect((await reverse(transferId, { amount: 7000 })).status).toBe(200)
        const response = await reverse(transferId, { amount: 3001 })
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("amount")
        expect(response.data.message).toContain("3000")
        expect(await emulatorRequests({ method: "POST", path: `/v1/transfers/${transferId}/reversals` })).toHaveLength(1)
        const full = await reverse(transferId, {})
        expect(full.status).toBe(200)
        const again = await reverse(transferId, {})
        expect(again.status).toBe(400)
        expect(again.data.message).toContain("fully reversed")
      })

      it("should reverse once when the same request is retried with its Idempotency-Key", async () => {
        const transferId = await madeTransfer()
        const first = await reverse(transferId, { amount: 4000 }, admin, { "idempotency-key": "fix-1" })
        const second = await reverse(transferId, { amount: 4000 }, admin, { "idempotency-key": "fix-1" })
        expect(first.status).toBe(200)
        expect(second.status).toBe(200)
        expect(second.data.reversal_id).toBe(first.data.reversal_id)
        expect(second.data.amount_reversed).toBe(4000)
        expect(available(await accountBalance(accountId))).toBe(6000)
      })

      it("should show a reversal made outside the plugin once transfer.reversed arrives", async () => {
        const transferId = await madeTransfer()
        const stripe = emulatorStripe()
        await stripe.transfers.createReversal(transferId, { amount: 2500 })
        const event = await waitFor(async () => {
          const { data } = await emulator<{ data: Stripe.Event[] }>("GET", "/events?type=transfer.reversed")
          return data.find((candidate) => (candidate.data.object as { id: string }).id === transferId)
        }, "transfer.reversed")
        const payload = JSON.stringify(event)
        const delivered = await api.post("/hooks/stripe-connect/platform", payload, {
          headers: { "content-type": "application/json", "stripe-signature": signPayload(payload, PLATFORM_SECRET) },
          validateStatus: () => true,
          transformRequest: [(data: string) => data],
        })
        expect(delivered.status).toBe(200)
        const row = await waitFor(async () => {
          const list = await api.get(`/admin/stripe-connect/transfers?account_id=${accountId}`, as(admin))
          return list.data.data[0]?.amount_reversed === 2500 ? list.data.data[0] : undefined
        }, "the stored transfer to show the reversal")
        expect(row.status).toBe("partially_reversed")
      })

      it("should keep a staff reversal when a transfer handler that read the transfer before it writes after it", async () => {
        const transferId = await madeTransfer()
        const stripe = emulatorStripe()
        // What a transfer.updated handler read from Stripe before the reversal, written after it.
        const readBefore = await stripe.transfers.retrieve(transferId)
        expect((await reverse(transferId, { amount: 4000 })).status).toBe(200)
        const service = container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
        const [row] = await service.listStripeConnectTransfers({ transfer_id: transferId }, { take: 1 })
        const { result } = await syncStripeTransferWorkflow(container()).run({ input: { id: row.id, transfer: readBefore } })
        expect(result.transfer).toEqual(expect.objectContaining({ amount_reversed: 4000, status: "partially_reversed" }))
        const list = await api.get(`/admin/stripe-connect/transfers?account_id=${accountId}`, as(admin))
        expect(list.data.data[0]).toEqual(expect.objectContaining({ transfer_id: transferId, amount_reversed: 4000, status: "partially_reversed" }))
      })

      it("should answer 404 for an unknown transfer and for another merchant's transfer", async () => {
        const transferId = await madeTransfer()
        expect((await reverse("tr_unknown", {})).status).toBe(404)
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_456"] }] })
        const response = await reverse(transferId, {}, scoped)
        expect(response.status).toBe(404)
        expect(response.data.code).toBe("not_found")
        expect(await emulatorRequests({ method: "POST", path: `/v1/transfers/${transferId}/reversals` })).toHaveLength(0)
      })

      it("should answer 400 naming amount for a bad amount", async () => {
        const transferId = await madeTransfer()
        const response = await reverse(transferId, { amount: 0 })
        expect(response.status).toBe(400)
        expect(response.data.message).toContain("amount")
      })
    })

    describe("GET /admin/stripe-connect/transfers", () => {
      it("should list newest first with filters by account, order and date, paginated and scoped", async () => {
        await addPlatformFunds(100000)
        expect((await createTransfer(specBody({ amount: 1000 }))).status).toBe(200)
        expect((await createTransfer(specBody({ amount: 2000 }))).status).toBe(200)
        expect((await createTransfer(specBody({ amount: 3000, account_id: otherAccountId }))).status).toBe(200)

        const all = await api.get("/admin/stripe-connect/transfers", as(admin))
        expect(all.status).toBe(200)
        expect(all.data).toEqual(expect.objectContaining({ count: 3, offset: 0, limit: 20 }))
        expect(all.data.data.map((row: { amount: number }) => row.amount)).toEqual([3000, 2000, 1000])

        const byAccount = await api.get(`/admin/stripe-connect/transfers?account_id=${accountId}`, as(admin))
        expect(byAccount.data.count).toBe(2)
        const page = await api.get("/admin/stripe-connect/transfers?limit=1&offset=1", as(admin))
        expect(page.data).toEqual(expect.objectContaining({ count: 3, offset: 1, limit: 1 }))
        expect(page.data.data).toHaveLength(1)
        expect(page.data.data[0].amount).toBe(2000)

        const future = await api.get("/admin/stripe-connect/transfers?created_after=2999-01-01", as(admin))
        expect(future.data.count).toBe(0)
        const past = await api.get("/admin/stripe-connect/transfers?created_before=2999-01-01&created_after=2000-01-01", as(admin))
        expect(past.data.count).toBe(3)
        const byOrder = await api.get("/admin/stripe-connect/transfers?order_id=order_none", as(admin))
        expect(byOrder.data.count).toBe(0)
        const badDate = await api.get("/admin/stripe-connect/transfers?created_after=yesterday", as(admin))
        expect(badDate.status).toBe(400)
        expect(badDate.data.message).toContain("created_after")

        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_456"] }] })
        const mine = await api.get("/admin/stripe-connect/transfers", as(scoped))
        expect(mine.data.count).toBe(1)
        expect(mine.data.data[0]).toEqual(expect.objectContaining({ account_id: otherAccountId, amount: 3000 }))
      })
    })
  },
})
