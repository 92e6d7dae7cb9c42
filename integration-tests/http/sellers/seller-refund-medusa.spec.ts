import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { marketplace, marketplaceOrder } from "../../helpers/marketplace-order"
import { onboardedAccount } from "../payments/helpers"
import { apiHttp } from "./api-http"
import { emulatorStripe, storedEvents, waitFor, webhookSpecSetup } from "../webhooks/helpers"
import { emulator } from "../accounts/emulator"

jest.setTimeout(600_000)

// A seller refund of a storefront order (docs/api.md#refund-order-seller) is Medusa's refund of the order's payment:
// the money moves once at Stripe, Medusa's payment and order show it, and only that seller's transfer is reversed.
webhookSpecSetup()

type Refund = { id: string; amount: number; note: string | null; created_by: string | null }
type SellerDocument = { account_id: string; refunded_amount: number; amount_reversed: number; status: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const container = (): MedusaContainer => getContainer()
    const stripe = () => emulatorStripe()

    const http = apiHttp(api, () => admin.headers)

    beforeEach(async () => {
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      await api.put(
        "/admin/stripe-connect/fees",
        { default_fee_percent: 10, default_fee_fixed: 0, fee_tiers: [], per_merchant_overrides: [] },
        { headers: admin.headers }
      )
    })

    /** Three onboarded sellers (prints, tiles, wool) and a storefront order of their products in a marketplace of its own. */
    async function threeSellerOrder(merchantIds: [string, string, string], marketName: string) {
      const sellers: string[] = []
      for (const merchantId of merchantIds) {
        sellers.push(await onboardedAccount(api, container(), admin.headers, merchantId))
      }
      const market = await marketplace(http, marketName)
      const done = await marketplaceOrder(http, market, [
        { accountId: sellers[0], title: "Harbour print", price: 24, quantity: 2 },
        { accountId: sellers[1], title: "Azulejo tile", price: 9.5, quantity: 4 },
        { accountId: sellers[2], title: "Wool socks", price: 14.9, quantity: 1 },
      ])
      return { sellers, done }
    }

    it("should record a seller refund as Medusa's refund of the order's payment, refund once at Stripe and reverse only that seller", async () => {
      const { sellers, done } = await threeSellerOrder(["merchant_prints", "merchant_tiles", "merchant_wool"], "Refund marketplace")

      const refundPath = `/admin/stripe-connect/orders/${done.orderId}/sellers/${sellers[1]}/refund`
      const withKey = {
        headers: { ...admin.headers, "Idempotency-Key": "seller-refund-tiles-1" },
        validateStatus: () => true,
      }
      const refunded = await api.post(refundPath, { amount: 950 }, withKey)
      expect(refunded.status).toBe(200)
      // The client's retry with the same key gets the first answer again; nothing moves a second time (below).
      const retried = await api.post(refundPath, { amount: 950 }, withKey)
      expect({
        status: retried.status,
        replayed: retried.headers["idempotent-replayed"],
        seller: retried.data.seller,
      }).toEqual({
        status: 200,
        replayed: "true",
        seller: refunded.data.seller,
      })
      expect(refunded.data.seller).toMatchObject({
        account_id: sellers[1],
        refunded_amount: 950,
        status: "partially_reversed",
      })
      const reversedShare: number = refunded.data.seller.amount_reversed
      expect(reversedShare).toBeGreaterThan(0)
      expect(reversedShare).toBeLessThan(950)

      // Medusa's payment holds the refund (major units), named after the seller and made by the caller.
      const { order } = await http.admin<{
        order: { summary: { refunded_total: number }; payment_collections: { payments: { refunds: Refund[] }[] }[] }
      }>("GET", `/admin/orders/${done.orderId}?fields=id,summary,*payment_collections.payments.refunds`)
      const refunds = order.payment_collections[0].payments[0].refunds
      expect(refunds).toHaveLength(1)
      expect(refunds[0]).toMatchObject({ amount: 9.5, note: `Seller ${sellers[1]}`, created_by: admin.userId })
      expect(order.summary.refunded_total).toBe(9.5)

      // Stripe has exactly one refund of the charge; its charge.refunded event changes nothing more.
      const atStripe = await stripe().refunds.list({ payment_intent: done.paymentIntentId, limit: 100 })
      expect(atStripe.data.map((refund) => refund.amount)).toEqual([950])
      await waitFor(async () => {
        const events = (await storedEvents(container())).filter((row) => row.type === "charge.refunded")
        return events.length > 0 && events.every((row) => row.status === "processed")
      }, "the charge.refunded event to be processed")
      const transfers = (await stripe().transfers.list({ transfer_group: done.cartId, limit: 100 })).data
      const reversedBy = new Map(transfers.map((transfer) => [String(transfer.destination), transfer.amount_reversed]))
      expect(Object.fromEntries(reversedBy)).toEqual({ [sellers[0]]: 0, [sellers[1]]: reversedShare, [sellers[2]]: 0 })
      const rows = await http.admin<{ data: SellerDocument[] }>(
        "GET",
        `/admin/stripe-connect/orders/${done.orderId}/sellers`
      )
      expect(rows.data.map((row) => [row.account_id, row.refunded_amount, row.amount_reversed])).toEqual(
        expect.arrayContaining([
          [sellers[0], 0, 0],
          [sellers[1], 950, reversedShare],
          [sellers[2], 0, 0],
        ])
      )
    })

    it("should refund once at Stripe and once in Medusa when the client retries after Stripe's answer was lost", async () => {
      const { sellers, done } = await threeSellerOrder(["merchant_lost_a", "merchant_lost_b", "merchant_lost_c"], "Lost answer marketplace")
      const refundPath = `/admin/stripe-connect/orders/${done.orderId}/sellers/${sellers[1]}/refund`
      const withKey = {
        headers: { ...admin.headers, "Idempotency-Key": "seller-refund-lost-1" },
        validateStatus: () => true,
      }

      // Stripe makes the refund, but its answer is replaced by a 500 the client never sees past.
      await emulator("POST", "/faults", { method: "POST", path: "/v1/refunds", after: true, status: 500, count: 1 })
      const first = await api.post(refundPath, { amount: 950 }, withKey)
      expect({ status: first.status, code: first.data.code }).toEqual({ status: 502, code: "stripe_error" })
      const afterFirst = await stripe().refunds.list({ payment_intent: done.paymentIntentId, limit: 100 })
      expect(afterFirst.data.map((refund) => refund.amount)).toEqual([950])

      // The client's retry with the same key reaches Stripe with the same key: Stripe answers the first refund.
      const retried = await api.post(refundPath, { amount: 950 }, withKey)
      expect(retried.status).toBe(200)
      expect(retried.data.seller).toMatchObject({ account_id: sellers[1], refunded_amount: 950 })

      const atStripe = await stripe().refunds.list({ payment_intent: done.paymentIntentId, limit: 100 })
      expect(atStripe.data.map((refund) => refund.id)).toEqual(afterFirst.data.map((refund) => refund.id))
      const { order } = await http.admin<{
        order: { summary: { refunded_total: number }; payment_collections: { payments: { refunds: Refund[] }[] }[] }
      }>("GET", `/admin/orders/${done.orderId}?fields=id,summary,*payment_collections.payments.refunds`)
      const refunds = order.payment_collections[0].payments[0].refunds
      expect(refunds.map((refund) => refund.amount)).toEqual([9.5])
      expect(order.summary.refunded_total).toBe(9.5)

      // Only that seller's part is refunded and reversed, once, also after Stripe's charge.refunded event.
      await waitFor(async () => {
        const events = (await storedEvents(container())).filter((row) => row.type === "charge.refunded")
        return events.length > 0 && events.every((row) => row.status === "processed")
      }, "the charge.refunded event to be processed")
      const rows = await http.admin<{ data: SellerDocument[] }>(
        "GET",
        `/admin/stripe-connect/orders/${done.orderId}/sellers`
      )
      const share = rows.data.find((row) => row.account_id === sellers[1])?.amount_reversed ?? 0
      expect(share).toBeGreaterThan(0)
      expect(rows.data.map((row) => [row.account_id, row.refunded_amount, row.amount_reversed])).toEqual(
        expect.arrayContaining([
          [sellers[0], 0, 0],
          [sellers[1], 950, share],
          [sellers[2], 0, 0],
        ])
      )
      const transfers = (await stripe().transfers.list({ transfer_group: done.cartId, limit: 100 })).data
      const reversedBy = Object.fromEntries(
        transfers.map((transfer) => [String(transfer.destination), transfer.amount_reversed])
      )
      expect(reversedBy).toEqual({ [sellers[0]]: 0, [sellers[1]]: share, [sellers[2]]: 0 })
    })
  },
})
