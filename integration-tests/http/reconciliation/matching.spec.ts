import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { ledgerFixtures, stripeLines } from "./ledger-fixtures"
import { multiSellerOrder as sellersOrder } from "./multi-seller-order"

jest.setTimeout(600_000)

const RECON = "/admin/stripe-connect/reconciliation"

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let account: string
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    const { capturedPayment, syncCleanly: sync } = ledgerFixtures(api, container, () => admin)
    const openMismatches = async () =>
      await service().listStripeConnectReconciliationMismatches({ state: "open" }, { order: { detected_at: "ASC" } })
    const lines = async (filters: Record<string, unknown>) => await service().listStripeConnectBalanceTransactions(filters)

    /** A Medusa order of one item whose total is `total` minor units (USD). */
    const orderOf = async (total: number) =>
      await container()
        .resolve(Modules.ORDER)
        .createOrders({ currency_code: "usd", email: "buyer@example.com", items: [{ title: "Tile", quantity: 1, unit_price: total / 100 }] })

    /**
     * A Medusa order paid through the plugin: a destination charge for it, authorized and captured by the plugin, or
     * at Stripe with another fee than the plugin decided (`{ fee }`).
     */
    async function paidOrder(amount: number, fee: number, capture: "plugin" | { fee: number } = "plugin", orderTotal = amount) {
      const order = await orderOf(orderTotal)
      const pi = await capturedPayment({ account_id: account, amount, application_fee_amount: fee, order_id: order.id }, capture)
      const [payment] = await service().listStripeConnectPayments({ payment_intent_id: pi })
      return { order_id: order.id, pi, payment }
    }

    /**
     * The reconciliation specs' multi-seller order (./multi-seller-order) under 10 % fees, with its sellers' transfer
     * rows; `refuseTransfers` of them are refused by Stripe (a 400: nothing is made).
     */
    async function multiSellerOrder(refuseTransfers = 0) {
      await api.put("/admin/stripe-connect/fees", { default_fee_percent: 10, default_fee_fixed: 0, fee_tiers: [], per_merchant_overrides: [] }, as(admin))
      const made = await sellersOrder(api, container(), admin, refuseTransfers)
      const rows = await service().listStripeConnectSellerTransfers({ payment_intent_id: made.pi })
      return { ...made, rows }
    }

    /**
     * Moves Stripe's clock two hours on and makes one more (clean) paid order, so the platform's ledger holds lines
     * an hour newer than everything before: records without their line count as missing from then on.
     */
    async function laterActivity() {
      await emulator("POST", "/clock/advance", { seconds: 2 * 60 * 60 })
      return await paidOrder(1000, 30)
    }

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      account = await onboardedAccount(api, container(), admin.headers, "merchant_a")
    })

    describe("matching after a sync", () => {
      it("should match a multi-seller order's charge, each seller's transfer and destination payment, and check the platform's share, with 0 open mismatches", async () => {
        const multi = await multiSellerOrder()
        expect(multi.rows.map((row) => row.status)).toEqual(["transferred", "transferred"])
        await laterActivity()
        await sync()

        expect(await openMismatches()).toEqual([])
        // The seller transfers are the platform's transfer lines made from the multi-seller charge.
        const transferLines = await lines({ stripe_account_id: null, type: "transfer", source_link_id: String(multi.payment.latest_charge_id) })
        expect(transferLines.map((line) => [line.match_record_id, line.match_order_id]).sort()).toEqual(
          multi.rows.map((row) => [row.id, multi.order_id]).sort()
        )
        const [chargeLine] = await lines({ stripe_account_id: null, source_id: String(multi.payment.latest_charge_id) })
        expect(chargeLine).toMatchObject({ match_kind: "payment", match_record_id: multi.payment.id, match_order_id: multi.order_id })
        for (const row of multi.rows) {
          const received = await lines({ stripe_account_id: row.stripe_account_id })
          expect(received.map((line) => [line.match_kind, line.match_record_id, line.amount])).toEqual([["payment", row.id, row.transfer_amount]])
        }
      })

      it("should match a paid and partly refunded order's lines on both balances to its payment and order, with 0 open mismatches", async () => {
        const { order_id, pi, payment } = await paidOrder(2500, 75)
        const refund = await api.post(`/admin/stripe-connect/payments/${pi}/refund`, { amount: 500, refund_application_fee: true }, as(admin))
        expect(refund.status).toBe(200)
        await sync()

        expect(await openMismatches()).toEqual([])
        const platform = await lines({ stripe_account_id: null })
        const byType = (type: string) => platform.filter((line) => line.type === type)
        expect(byType("charge")).toEqual([expect.objectContaining({ match_kind: "payment", match_record_id: payment.id, match_order_id: order_id })])
        expect(byType("application_fee")).toEqual([expect.objectContaining({ match_kind: "application_fee", match_order_id: order_id, amount: 75 })])
        expect(byType("transfer")).toEqual([expect.objectContaining({ match_kind: "transfer", match_order_id: order_id })])
        const [refundRecord] = await service().listStripeConnectRefunds({ refund_id: String(refund.data.refund_id) })
        expect(byType("refund")).toEqual([expect.objectContaining({ match_kind: "refund", match_record_id: refundRecord.id, match_order_id: order_id })])
        // Every line of both balances is explained, the connected account's through the platform's transfer.
        const accountLines = await lines({ stripe_account_id: account })
        expect(accountLines.length).toBeGreaterThan(0)
        for (const line of [...platform, ...accountLines]) {
          expect({ id: line.balance_transaction_id, type: line.type, order: line.match_order_id, kind: line.match_kind !== null }).toEqual({
            id: line.balance_transaction_id,
            type: line.type,
            order: order_id,
            kind: true,
          })
        }
      })

      it("should find each injected fault with its reason, and create no duplicate on a second sync", async () => {
        const good = await paidOrder(2500, 75)
        // A fee one cent off: Stripe collected 74 where the plugin decided 75.
        const offByOne = await paidOrder(3000, 90, { fee: 89 })
        // A charge made at Stripe directly, which no order explains.
        const stray = await emulatorStripe().paymentIntents.create({ amount: 1234, currency: "usd", payment_method: "pm_card_visa", confirm: true })
        // A refund made at Stripe that the plugin never recorded.
        const unrecorded = await emulatorStripe().refunds.create({ payment_intent: good.pi, amount: 300 })
        // A multi-seller order one of whose sellers was never paid: Stripe refused the transfer.
        const multi = await multiSellerOrder(1)
        const unpaid = multi.rows.find((row) => row.status === "transfer_failed")
        expect(unpaid).toBeDefined()
        // An order whose total is 21.00 charged 20.00.
        const short = await paidOrder(2000, 60, "plugin", 2100)
        await laterActivity()
        await sync()

        const found = await openMismatches()
        expect(found.map((m) => m.reason).sort()).toEqual([
          "fee_mismatch",
          "missing_transfer",
          "order_total_mismatch",
          "refund_not_recorded",
          "unknown_charge",
        ])
        const reason = (r: string) => found.find((m) => m.reason === r)
        expect(reason("fee_mismatch")).toMatchObject({ record_id: offByOne.payment.id, order_id: offByOne.order_id, expected_amount: 90, actual_amount: 89 })
        const [strayLine] = await lines({ source_id: String(stray.latest_charge) })
        expect(reason("unknown_charge")).toMatchObject({ balance_transaction_id: strayLine.balance_transaction_id, order_id: null, actual_amount: 1234 })
        const [refundLine] = await lines({ source_id: unrecorded.id })
        expect(reason("refund_not_recorded")).toMatchObject({ balance_transaction_id: refundLine.balance_transaction_id, order_id: good.order_id, actual_amount: 300 })
        expect(reason("missing_transfer")).toMatchObject({
          record_kind: "seller_transfer",
          record_id: unpaid?.id,
          order_id: multi.order_id,
          stripe_account_id: unpaid?.stripe_account_id,
          expected_amount: unpaid?.transfer_amount,
          actual_amount: null,
        })
        expect(reason("order_total_mismatch")).toMatchObject({ order_id: short.order_id, expected_amount: 2100, actual_amount: 2000 })

        const before = await service().listStripeConnectReconciliationMismatches({})
        await sync()
        await sync()
        const after = await service().listStripeConnectReconciliationMismatches({})
        expect(after.map((m) => m.id).sort()).toEqual(before.map((m) => m.id).sort())
      })
    })

    describe("reconciliation routes", () => {
      it("should list an automatic payout's figures and exactly its lines with their orders, and export the same rows as CSV", async () => {
        const first = await paidOrder(2500, 75)
        const second = await paidOrder(4000, 100)
        await emulator("POST", "/balance/make_available")
        const automatic = await emulator<Stripe.Payout>("POST", "/payouts/automatic", { account })
        await sync()

        const stripeIds = (await stripeLines(account, { payout: automatic.id })).map((line) => line.id).sort()
        const linesResponse = await api.get(`${RECON}/payouts/${automatic.id}/lines?limit=100`, as(admin))
        expect(linesResponse.status).toBe(200)
        const payoutLines = linesResponse.data.data as { id: string; type: string; order_id: string | null; net: number }[]
        expect(payoutLines.map((line) => line.id).sort()).toEqual(stripeIds)
        const settled = payoutLines.filter((line) => line.type !== "payout")
        expect(new Set(settled.map((line) => line.order_id))).toEqual(new Set([first.order_id, second.order_id]))

        const summaries = await api.get(`${RECON}/payouts?account_id=${account}`, as(admin))
        expect(summaries.status).toBe(200)
        expect(summaries.data.data).toEqual([
          expect.objectContaining({
            payout_id: automatic.id,
            account_id: account,
            currency: "usd",
            gross: 6500,
            fees: 175,
            net: 6500 - 175,
            payout_amount: automatic.amount,
            lines: settled.length,
            matched: settled.length,
            open_mismatches: 0,
          }),
        ])

        const csv = await api.get(`${RECON}/export.csv?payout_id=${automatic.id}`, { ...as(admin), responseType: "text" })
        expect(csv.status).toBe(200)
        expect(csv.headers["content-type"]).toContain("text/csv")
        const [header, ...rows] = String(csv.data).trim().split("\r\n")
        expect(header.split(",")[0]).toBe("id")
        expect(rows.map((row) => row.split(",")[0])).toEqual(payoutLines.map((line) => line.id))
        const orderColumn = header.split(",").indexOf("order_id")
        expect(rows.map((row) => row.split(",")[orderColumn] || null)).toEqual(payoutLines.map((line) => line.order_id))
      })

      it("should list mismatches by state and reason, explain one with a note and resolve it, and hide them from other merchants", async () => {
        await emulatorStripe().paymentIntents.create({ amount: 1234, currency: "usd", payment_method: "pm_card_visa", confirm: true })
        const other = await onboardedAccount(api, container(), admin.headers, "merchant_b")
        const offByOne = await paidOrder(3000, 90, { fee: 89 })
        await sync()

        const open = await api.get(`${RECON}/mismatches?state=open`, as(admin))
        expect(open.status).toBe(200)
        expect(open.data.data.map((m: { reason: string }) => m.reason).sort()).toEqual(["fee_mismatch", "unknown_charge"])
        const fee = await api.get(`${RECON}/mismatches?reason=fee_mismatch`, as(admin))
        expect(fee.data).toMatchObject({ count: 1, data: [expect.objectContaining({ order_id: offByOne.order_id, expected_amount: 90, actual_amount: 89 })] })
        const id = fee.data.data[0].id as string

        const noNote = await api.post(`${RECON}/mismatches/${id}`, { state: "explained" }, as(admin))
        expect(noNote.status).toBe(400)
        expect(noNote.data.message).toContain("note")
        const explained = await api.post(`${RECON}/mismatches/${id}`, { state: "explained", note: "Fee lowered by support" }, as(admin))
        expect(explained.status).toBe(200)
        expect(explained.data.mismatch).toMatchObject({ id, state: "explained", note: "Fee lowered by support" })
        const resolved = await api.post(`${RECON}/mismatches/${id}`, { state: "resolved" }, as(admin))
        expect(resolved.data.mismatch).toMatchObject({ state: "resolved", note: "Fee lowered by support" })
        expect((await api.get(`${RECON}/mismatches?state=open`, as(admin))).data.count).toBe(1)

        // The platform's unknown charge and account A's fee are not merchant B's: B's caller sees none and gets 404s.
        const scoped = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_b"] }] })
        expect((await api.get(`${RECON}/mismatches`, as(scoped))).data).toMatchObject({ count: 0, data: [] })
        const hidden = await api.post(`${RECON}/mismatches/${id}`, { state: "open" }, as(scoped))
        expect(hidden.status).toBe(404)
        expect((await api.get(`${RECON}/payouts?account_id=${other}`, as(scoped))).data.count).toBe(0)
        expect((await api.get(`${RECON}/mismatches?reason=bogus`, as(admin))).data.message).toContain("reason")
      })
    })

    describe("order money trail", () => {
      it("should show a destination charge's trail to its automatic payout, a multi-seller order's transfers and platform share, and only a merchant's own part to it", async () => {
        const single = await paidOrder(2500, 75)
        await emulator("POST", "/balance/make_available")
        const automatic = await emulator<Stripe.Payout>("POST", "/payouts/automatic", { account })
        const multi = await multiSellerOrder()
        await sync()

        const trail = await api.get(`/admin/orders/${single.order_id}/stripe-money-trail`, as(admin))
        expect(trail.status).toBe(200)
        expect(trail.data).toMatchObject({ order_id: single.order_id, open_mismatches: 0 })
        expect(trail.data.charges).toEqual([
          expect.objectContaining({
            payment_id: single.payment.id,
            charge_id: single.payment.latest_charge_id,
            amount_captured: 2500,
            balance_transaction_id: expect.stringMatching(/^txn_/),
            fee: expect.objectContaining({ kind: "application_fee", amount: 75, balance_transaction_id: expect.stringMatching(/^txn_/) }),
            transfers: [
              expect.objectContaining({
                kind: "destination",
                account_id: account,
                amount: 2500,
                transfer_id: expect.stringMatching(/^tr_/),
                payout: expect.objectContaining({ payout_id: automatic.id }),
              }),
            ],
          }),
        ])

        const split = await api.get(`/admin/orders/${multi.order_id}/stripe-money-trail`, as(admin))
        expect(split.status).toBe(200)
        const [charge] = split.data.charges
        const transferred = multi.rows.reduce((sum, row) => sum + row.transfer_amount, 0)
        expect(charge).toMatchObject({ split: "separate_charges", amount_captured: 11500, fee: { kind: "platform_share", amount: 11500 - transferred } })
        expect(charge.transfers.map((t: { seller_transfer_id: string; amount: number; balance_transaction_id: string | null }) => [t.seller_transfer_id, t.amount, Boolean(t.balance_transaction_id)]).sort()).toEqual(
          multi.rows.map((row) => [row.id, row.transfer_amount, true]).sort()
        )

        // A seller's staff sees its own transfer of the order, not the other seller's nor the platform's share.
        const mine = multi.rows.find((row) => row.merchant_id === "merchant_s1")
        expect(mine).toBeDefined()
        const seller = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_s1"] }] })
        const scoped = await api.get(`/admin/orders/${multi.order_id}/stripe-money-trail`, as(seller))
        expect(scoped.status).toBe(200)
        expect(scoped.data.charges).toHaveLength(1)
        expect(scoped.data.charges[0]).toMatchObject({ fee: null, stripe_fee: null })
        expect(scoped.data.charges[0].transfers.map((t: { account_id: string }) => t.account_id)).toEqual([mine?.stripe_account_id])
        // Another merchant's order, and an order that does not exist, are 404s.
        expect((await api.get(`/admin/orders/${single.order_id}/stripe-money-trail`, as(seller))).status).toBe(404)
        const missing = await api.get("/admin/orders/order_missing/stripe-money-trail", as(admin))
        expect(missing.status).toBe(404)
        expect(missing.data.code).toBe("not_found")
      })
    })
  },
})
