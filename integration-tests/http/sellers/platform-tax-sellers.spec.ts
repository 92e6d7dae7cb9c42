import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { marketplace, marketplaceOrder } from "../../helpers/marketplace-order"
import { onboardedAccount } from "../payments/helpers"
import { apiHttp } from "./api-http"
import { emulatorStripe, webhookSpecSetup } from "../webhooks/helpers"

jest.setTimeout(600_000)

// With the option tax.collectedBy "platform" (docs/api.md#seller-split) the platform keeps the tax of a multi-seller
// charge as marketplace facilitator: each seller's transfer leaves out its items' tax. medusa-config.ts reads this
// at boot.
process.env.STRIPE_CONNECT_TAX_COLLECTED_BY = "platform"
afterAll(() => {
  delete process.env.STRIPE_CONNECT_TAX_COLLECTED_BY
})
webhookSpecSetup()

type SellerDocument = {
  account_id: string
  status: string
  transfer_id: string | null
  charged_amount: number
  tax_amount: number
  tax_kept_amount: number
  fee_amount: number
  transfer_amount: number
}

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

    it("should keep each seller's items' tax with the platform: transfers + fees + tax kept = the amount captured", async () => {
      const sellers = [
        await onboardedAccount(api, container(), admin.headers, "merchant_lamps"),
        await onboardedAccount(api, container(), admin.headers, "merchant_rugs"),
        await onboardedAccount(api, container(), admin.headers, "merchant_cups"),
      ]
      // 19 % VAT in Germany, the marketplace region's country, added to the prices.
      await http.admin("POST", "/admin/tax-regions", {
        country_code: "de",
        provider_id: "tp_system",
        default_tax_rate: { rate: 19, code: "VAT", name: "VAT" },
      })
      const market = await marketplace(http, "Taxed marketplace")
      const done = await marketplaceOrder(http, market, [
        { accountId: sellers[0], title: "Brass lamp", price: 50, quantity: 1 },
        { accountId: sellers[1], title: "Wool rug", price: 30, quantity: 1 },
        { accountId: sellers[2], title: "Clay cup", price: 10, quantity: 2 },
      ])

      // Parts with tax 5950 / 3570 / 2380 (tax 950 / 570 / 380); 10 % fee on the part; the transfer is the rest.
      const expected = [
        { charged: 5950, tax: 950, fee: 595, transfer: 4405 },
        { charged: 3570, tax: 570, fee: 357, transfer: 2643 },
        { charged: 2380, tax: 380, fee: 238, transfer: 1762 },
      ]
      const { order } = await http.admin<{ order: { total: number; tax_total: number } }>(
        "GET",
        `/admin/orders/${done.orderId}?fields=total,tax_total`
      )
      expect(order).toMatchObject({ total: 119, tax_total: 19 })
      const intent = await stripe().paymentIntents.retrieve(done.paymentIntentId)
      expect(intent.amount_received).toBe(11900)

      const rows = (
        await http.admin<{ data: SellerDocument[] }>("GET", `/admin/stripe-connect/orders/${done.orderId}/sellers`)
      ).data
      const made = (await stripe().transfers.list({ transfer_group: done.cartId, limit: 100 })).data
      expect(made).toHaveLength(3)
      for (const [index, seller] of sellers.entries()) {
        const row = rows.find((candidate) => candidate.account_id === seller)
        expect(row).toMatchObject({
          status: "transferred",
          charged_amount: expected[index].charged,
          tax_amount: expected[index].tax,
          tax_kept_amount: expected[index].tax,
          fee_amount: expected[index].fee,
          transfer_amount: expected[index].transfer,
        })
        const transfers = made.filter((transfer) => transfer.destination === seller)
        expect(transfers).toHaveLength(1)
        expect(transfers[0]).toMatchObject({
          id: row?.transfer_id,
          amount: expected[index].charged - expected[index].tax - expected[index].fee,
          source_transaction: intent.latest_charge,
        })
      }

      // What Stripe moved adds up: the transfers, the platform's fees and the tax it keeps are the amount captured.
      const transferred = made.reduce((acc, transfer) => acc + transfer.amount, 0)
      const fees = rows.reduce((acc, row) => acc + row.fee_amount, 0)
      const taxKept = rows.reduce((acc, row) => acc + row.tax_kept_amount, 0)
      expect(taxKept).toBe(1900)
      expect(transferred + fees + taxKept).toBe(intent.amount_received)
      // The platform's own balance at Stripe holds exactly its fees and the tax (the emulator's Stripe fee is 0).
      const balance = await stripe().balance.retrieve()
      const euros = [...balance.available, ...balance.pending]
        .filter((line) => line.currency === "eur")
        .reduce((acc, line) => acc + line.amount, 0)
      expect(euros).toBe(fees + taxKept)
    })
  },
})
