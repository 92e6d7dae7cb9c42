import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { planSellerSplitWorkflow } from "../../../src/workflows/seller-transfers/workflows/plan-seller-split"
import { transferSellerSharesWorkflow } from "../../../src/workflows/seller-transfers/workflows/transfer-seller-shares"
import { reverseSellerSharesWorkflow } from "../../../src/workflows/seller-transfers/workflows/reverse-seller-shares"
import retrySellerReversals from "../../../src/jobs/retry-seller-reversals"

jest.setTimeout(120_000)

// A multi-seller charge as the checkout makes it (docs/api.md#seller-transfers): one platform PaymentIntent with
// transfer_group and metadata split=separate_charges, no transfer_data, and the seller split planned for it.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let sellers: string[]
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const stripe = () => emulatorStripe()

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      sellers = [
        await onboardedAccount(api, container(), admin.headers, "merchant_a"),
        await onboardedAccount(api, container(), admin.headers, "merchant_b"),
        await onboardedAccount(api, container(), admin.headers, "merchant_c"),
      ]
      await api.put(
        "/admin/stripe-connect/fees",
        { default_fee_percent: 10, default_fee_fixed: 0, fee_tiers: [], per_merchant_overrides: [] },
        { headers: admin.headers }
      )
    })

    /**
     * Items 6000 / 3000 / 1000 with 10 % tax, shipping 1000, an order discount of 500: a total of 11500; the
     * sellers' parts are 6900, 3450 and 1150, their 10 % fees 690, 345 and 115.
     */
    async function multiSellerCharge(orderId = "order_multi_1"): Promise<Stripe.PaymentIntent> {
      const intent = await stripe().paymentIntents.create({
        amount: 11500,
        currency: "usd",
        capture_method: "manual",
        payment_method: "pm_card_visa",
        confirm: true,
        transfer_group: orderId,
        metadata: { split: "separate_charges", order_id: orderId },
      })
      await planSellerSplitWorkflow(container()).run({
        input: {
          payment_intent_id: intent.id,
          order_id: orderId,
          currency: "usd",
          shipping_amount: 1000,
          shipping_tax_amount: 0,
          discount_amount: 500,
          sellers: [
            { account_id: sellers[0], items_amount: 6000, tax_amount: 600 },
            { account_id: sellers[1], items_amount: 3000, tax_amount: 300 },
            { account_id: sellers[2], items_amount: 1000, tax_amount: 100 },
          ],
        },
      })
      return intent
    }

    async function captured(orderId?: string): Promise<{ intent: Stripe.PaymentIntent; charge: string }> {
      const intent = await multiSellerCharge(orderId)
      const after = await stripe().paymentIntents.capture(intent.id)
      return { intent: after, charge: String(after.latest_charge) }
    }

    const transfers = async (group: string) =>
      new Map(
        (await stripe().transfers.list({ transfer_group: group, limit: 100 })).data.map((t) => [t.destination, t])
      )

    const rowsOf = async (paymentIntentId: string) =>
      new Map(
        (await service().listStripeConnectSellerTransfers({ payment_intent_id: paymentIntentId })).map((row) => [
          row.stripe_account_id,
          row,
        ])
      )

    it("should make one transfer per seller after capture, with the right amounts, source_transaction and transfer_group", async () => {
      const { intent, charge } = await captured()
      await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })

      const made = await transfers("order_multi_1")
      expect(made.size).toBe(3)
      expect([sellers.map((seller) => made.get(seller)?.amount)]).toEqual([[6210, 3105, 1035]])
      for (const seller of sellers) {
        expect(made.get(seller)).toMatchObject({
          source_transaction: charge,
          transfer_group: "order_multi_1",
          metadata: expect.objectContaining({ order_id: "order_multi_1", seller_account_id: seller }),
        })
      }
      const rows = await rowsOf(intent.id)
      expect(sellers.map((seller) => rows.get(seller)?.status)).toEqual(["transferred", "transferred", "transferred"])
      const fees = sellers.reduce((acc, seller) => acc + (rows.get(seller)?.fee_amount ?? 0), 0)
      const paid = [...made.values()].reduce((acc, transfer) => acc + transfer.amount, 0)
      expect(paid + fees).toBe(11500)
    })

    it("should make no transfer before the charge is captured", async () => {
      const intent = await multiSellerCharge()
      await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })
      expect((await transfers("order_multi_1")).size).toBe(0)
      const rows = await rowsOf(intent.id)
      expect([...rows.values()].map((row) => row.status)).toEqual(["planned", "planned", "planned"])
    })

    it("should make exactly one transfer per seller when two capture events arrive together", async () => {
      const { intent } = await captured()
      await Promise.all([
        transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } }),
        transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } }),
      ])
      const all = (await stripe().transfers.list({ transfer_group: "order_multi_1", limit: 100 })).data
      expect(all).toHaveLength(3)
      expect(new Set(all.map((transfer) => transfer.destination))).toEqual(new Set(sellers))
    })

    it("should reverse only the refunded seller's transfer, by its share, and give back its proportional fee", async () => {
      const { intent } = await captured()
      await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })
      await reverseSellerSharesWorkflow(container()).run({
        input: {
          kind: "seller_refund",
          payment_intent_id: intent.id,
          account_id: sellers[1],
          amount: 1150,
          request_id: "req_1",
        },
      })
      const made = await transfers("order_multi_1")
      expect(sellers.map((seller) => made.get(seller)?.amount_reversed)).toEqual([0, 1035, 0])
      const refunds = await stripe().refunds.list({ payment_intent: intent.id })
      expect(refunds.data.map((refund) => refund.amount)).toEqual([1150])
      const rows = await rowsOf(intent.id)
      expect(rows.get(sellers[1])).toMatchObject({
        status: "partially_reversed",
        refunded_amount: 1150,
        fee_refunded_amount: 115,
        amount_reversed: 1035,
      })
    })

    it("should spread a refund without a seller (Medusa's refund through the provider) over the sellers by share", async () => {
      const { intent } = await captured()
      await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })
      await stripe().refunds.create({ payment_intent: intent.id, amount: 11500 })
      await reverseSellerSharesWorkflow(container()).run({
        input: { kind: "charge_refunded", payment_intent_id: intent.id, amount_refunded: 11500 },
      })
      const made = await transfers("order_multi_1")
      expect(sellers.map((seller) => made.get(seller)?.reversed)).toEqual([true, true, true])
    })

    it("should record a reversal Stripe refuses as the seller's debt, and retry it", async () => {
      const { intent } = await captured()
      await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })
      // Seller a is paid out its whole balance before the refund.
      await emulator("POST", "/balance/make_available", { account: sellers[0] })
      await stripe().payouts.create({ amount: 6210, currency: "usd" }, { stripeAccount: sellers[0] })

      const { result } = await reverseSellerSharesWorkflow(container()).run({
        input: {
          kind: "seller_refund",
          payment_intent_id: intent.id,
          account_id: sellers[0],
          amount: 6900,
          request_id: "req_2",
        },
      })
      expect(result.failed.map((row) => row.stripe_account_id)).toEqual([sellers[0]])
      const owed = (await rowsOf(intent.id)).get(sellers[0])
      expect(owed).toMatchObject({ status: "reversal_failed", reversal_due_amount: 6210, amount_reversed: 0 })

      await emulator("POST", "/balance/add", { account: sellers[0], amount: 6210, currency: "usd" })
      await reverseSellerSharesWorkflow(container()).run({ input: { kind: "retry", payment_intent_id: intent.id } })
      expect((await rowsOf(intent.id)).get(sellers[0])).toMatchObject({ status: "reversed", amount_reversed: 6210 })
      expect((await transfers("order_multi_1")).get(sellers[0])).toMatchObject({
        amount_reversed: 6210,
        reversed: true,
      })
    })

    describe("admin routes", () => {
      const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

      it("should refund one seller through POST .../sellers/:account_id/refund, show a refused reversal as its debt, and retry it", async () => {
        const { intent } = await captured("order_multi_2")
        await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })
        await emulator("POST", "/balance/make_available", { account: sellers[1] })
        await stripe().payouts.create({ amount: 3105, currency: "usd" }, { stripeAccount: sellers[1] })

        const refused = await api.post(
          `/admin/stripe-connect/orders/order_multi_2/sellers/${sellers[1]}/refund`,
          { amount: 3450 },
          as(admin)
        )
        expect(refused.status).toBe(200)
        expect(refused.data.seller).toMatchObject({
          account_id: sellers[1],
          status: "reversal_failed",
          reversal_owed: 3105,
        })

        const listed = await api.get("/admin/stripe-connect/orders/order_multi_2/sellers", as(admin))
        expect(listed.status).toBe(200)
        expect(listed.data.count).toBe(3)
        const byAccount = new Map(listed.data.data.map((row: { account_id: string }) => [row.account_id, row]))
        expect(byAccount.get(sellers[1])).toMatchObject({
          status: "reversal_failed",
          refunded_amount: 3450,
          reversal_owed: 3105,
        })
        expect(byAccount.get(sellers[0])).toMatchObject({ status: "transferred", reversal_owed: 0 })

        await emulator("POST", "/balance/add", { account: sellers[1], amount: 3105, currency: "usd" })
        await retrySellerReversals(container())
        const after = await api.get("/admin/stripe-connect/orders/order_multi_2/sellers", as(admin))
        const retried = after.data.data.find((row: { account_id: string }) => row.account_id === sellers[1])
        expect(retried).toMatchObject({ status: "reversed", amount_reversed: 3105, reversal_owed: 0 })
      })

      it("should retry a refused transfer with a new attempt, one of unknown outcome with the same key, and then reverse a refund that came before it", async () => {
        const { intent } = await captured("order_multi_5")
        // Stripe refuses the first seller transfer (a 4xx: nothing was made).
        await emulator("POST", "/faults", { status: 400, count: 1, method: "POST", path: "/v1/transfers" })
        await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })
        const refusedRows = [...(await rowsOf(intent.id)).values()].filter((row) => row.status !== "transferred")
        expect(refusedRows).toHaveLength(1)
        expect(refusedRows[0]).toMatchObject({ status: "transfer_failed", transfer_attempts: 1, transfer_id: null })
        const seller = refusedRows[0].stripe_account_id
        const owed = refusedRows[0].transfer_amount

        // The whole charge is refunded before the seller is paid: its reversal waits for its transfer.
        await stripe().refunds.create({ payment_intent: intent.id, amount: 11500 })
        await reverseSellerSharesWorkflow(container()).run({
          input: { kind: "charge_refunded", payment_intent_id: intent.id, amount_refunded: 11500 },
        })
        const waiting = await api.get("/admin/stripe-connect/orders/order_multi_5/sellers", as(admin))
        expect(waiting.data.data.find((row: { account_id: string }) => row.account_id === seller)).toMatchObject({
          status: "transfer_failed",
          transfer_attempts: 1,
          reversal_owed: owed,
          transfer_id: null,
        })

        // The retry's transfer is made at Stripe but its answer is lost: the outcome is unknown, the attempt kept.
        await emulator("POST", "/faults", { status: 500, after: true, count: 1, method: "POST", path: "/v1/transfers" })
        await retrySellerReversals(container())
        expect((await rowsOf(intent.id)).get(seller)).toMatchObject({
          status: "transfer_failed",
          transfer_attempts: 1,
          transfer_id: null,
        })

        // The next run reuses the key: Stripe answers with the transfer it made, and the owed reversal follows.
        await retrySellerReversals(container())
        const made = await stripe().transfers.list({ transfer_group: "order_multi_5", limit: 100 })
        expect(made.data.filter((transfer) => transfer.destination === seller)).toHaveLength(1)
        const after = await api.get("/admin/stripe-connect/orders/order_multi_5/sellers", as(admin))
        expect(after.data.data.find((row: { account_id: string }) => row.account_id === seller)).toMatchObject({
          status: "reversed",
          transfer_attempts: 1,
          transfer_amount: owed,
          amount_reversed: owed,
          reversal_owed: 0,
          failure_message: null,
        })
      })

      it("should show a merchant-scoped role only its own seller row, and 404 another seller's refund", async () => {
        const { intent } = await captured("order_multi_3")
        await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })
        const merchantB = await createAdminUser(getContainer(), {
          roles: [{ role: "payment_admin", merchant_ids: ["merchant_b"] }],
        })
        const listed = await api.get("/admin/stripe-connect/orders/order_multi_3/sellers", as(merchantB))
        expect(listed.status).toBe(200)
        expect(listed.data.data.map((row: { account_id: string }) => row.account_id)).toEqual([sellers[1]])

        const other = await api.post(
          `/admin/stripe-connect/orders/order_multi_3/sellers/${sellers[0]}/refund`,
          { amount: 100 },
          as(merchantB)
        )
        expect(other.status).toBe(404)
        expect((await stripe().refunds.list({ payment_intent: intent.id })).data).toHaveLength(0)
      })

      it("should refuse a bad amount with a 400 naming it, refunding nothing", async () => {
        const { intent } = await captured("order_multi_4")
        await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: intent.id } })
        const bad = await api.post(
          `/admin/stripe-connect/orders/order_multi_4/sellers/${sellers[2]}/refund`,
          { amount: -5 },
          as(admin)
        )
        expect(bad.status).toBe(400)
        expect(bad.data).toMatchObject({ code: "invalid_request", param: "amount" })
        const tooMuch = await api.post(
          `/admin/stripe-connect/orders/order_multi_4/sellers/${sellers[2]}/refund`,
          { amount: 1151 },
          as(admin)
        )
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data).toMatchObject({ code: "invalid_request", param: "amount" })
        expect((await stripe().refunds.list({ payment_intent: intent.id })).data).toHaveLength(0)
      })
    })
  },
})
