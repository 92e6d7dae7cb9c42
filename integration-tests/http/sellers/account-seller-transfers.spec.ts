import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { planSellerSplitWorkflow } from "../../../src/workflows/seller-transfers/workflows/plan-seller-split"

jest.setTimeout(300_000)

// The account page's list of a seller's parts of multi-seller orders (docs/api.md#list-account-seller-transfers).
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let sellers: string[]

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      sellers = [
        await onboardedAccount(api, getContainer(), admin.headers, "merchant_a"),
        await onboardedAccount(api, getContainer(), admin.headers, "merchant_b"),
      ]
    })

    /** A platform charge of two sellers' items, its split planned as the checkout plans it. */
    async function plannedOrder(orderId: string): Promise<string> {
      const intent = await emulatorStripe().paymentIntents.create({
        amount: 4000,
        currency: "eur",
        capture_method: "manual",
        transfer_group: orderId,
        metadata: { split: "separate_charges", order_id: orderId },
      })
      await planSellerSplitWorkflow(getContainer()).run({
        input: {
          payment_intent_id: intent.id,
          order_id: orderId,
          currency: "eur",
          shipping_amount: 0,
          shipping_tax_amount: 0,
          discount_amount: 0,
          sellers: [
            { account_id: sellers[0], items_amount: 3000, tax_amount: 0 },
            { account_id: sellers[1], items_amount: 1000, tax_amount: 0 },
          ],
        },
      })
      return intent.id
    }

    const list = (account: string, query: string, headers = admin.headers) =>
      api.get(`/admin/stripe-connect/accounts/${account}/seller-transfers${query}`, { headers, validateStatus: () => true })

    it("should list only this seller's parts, newest first, filtered by status", async () => {
      const first = await plannedOrder("order_first")
      const second = await plannedOrder("order_second")

      const { status, data } = await list(sellers[0], "")
      expect(status).toBe(200)
      expect(data.count).toBe(2)
      expect(data.data.map((row: { payment_intent_id: string }) => row.payment_intent_id)).toEqual([second, first])
      expect(data.data[0]).toMatchObject({ account_id: sellers[0], merchant_id: "merchant_a", order_id: "order_second", status: "planned", currency: "eur" })

      expect((await list(sellers[1], "?limit=1")).data).toMatchObject({ count: 2, limit: 1, data: [{ account_id: sellers[1] }] })
      expect((await list(sellers[0], "?status=transferred")).data).toMatchObject({ count: 0, data: [] })
    })

    it("should answer 400 naming status for an unknown status, and 404 for another merchant's account", async () => {
      const unknown = await list(sellers[0], "?status=paid")
      expect(unknown.status).toBe(400)
      expect(unknown.data).toMatchObject({ code: "invalid_request", param: "status" })

      await plannedOrder("order_scoped")
      const merchantB = await createAdminUser(getContainer(), { roles: [{ role: "payment_admin", merchant_ids: ["merchant_b"] }] })
      const other = await list(sellers[0], "", merchantB.headers)
      expect(other.status).toBe(404)
      expect(other.data).toMatchObject({ code: "account_not_found" })
      expect((await list(sellers[1], "", merchantB.headers)).data).toMatchObject({ count: 1, data: [{ account_id: sellers[1] }] })
    })
  },
})
