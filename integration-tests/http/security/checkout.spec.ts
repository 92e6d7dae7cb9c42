import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator, emulatorRequests } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { paymentCollection, startPaymentSession, storefront } from "./storefront-fixtures"

jest.setTimeout(180_000)

// The most permissive checkout configuration: storefronts may name the seller, on the marketplace channel only and
// only merchant A there. The options are read when the app starts, so the ids are fixed here.
const MARKETPLACE_CHANNEL = "sc_security_marketplace"
const MERCHANT_A = "security_checkout_merchant_a"
const MERCHANT_B = "security_checkout_merchant_b"
process.env.STRIPE_CONNECT_ALLOW_STOREFRONT_SELLER = "true"
process.env.STRIPE_CONNECT_STOREFRONT_SELLERS = JSON.stringify({ [MARKETPLACE_CHANNEL]: [MERCHANT_A] })

afterAll(() => {
  delete process.env.STRIPE_CONNECT_ALLOW_STOREFRONT_SELLER
  delete process.env.STRIPE_CONNECT_STOREFRONT_SELLERS
})

const intentsCreated = async () => (await emulatorRequests({ method: "POST", path: "/v1/payment_intents" })).length

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let accountA: string
    let accountB: string
    const container = (): MedusaContainer => getContainer()
    const asAdmin = () => ({ headers: admin.headers, validateStatus: () => true })

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
      accountA = await onboardedAccount(api, container(), admin.headers, MERCHANT_A)
      accountB = await onboardedAccount(api, container(), admin.headers, MERCHANT_B)
    })

    describe("POST /store/payment-collections/:id/payment-sessions", () => {
      it("should pay the account linked to the cart's sales channel, whatever seller the storefront names", async () => {
        const shop = await storefront(container())
        const linked = await api.post(
          `/admin/stripe-connect/accounts/${accountB}/sales-channels`,
          { add: [shop.salesChannelId] },
          asAdmin()
        )
        expect(linked.status).toBe(200)
        const { collectionId } = await paymentCollection(api, shop)
        const before = await intentsCreated()

        // Merchant A shops at B's channel and tries to be paid for B's goods: by its account id, by its merchant id.
        const byAccount = await startPaymentSession(api, shop, collectionId, { account_id: accountA })
        expect(byAccount.status).toBe(400)
        expect(byAccount.data.message).toContain("data.account_id")
        const byMerchant = await startPaymentSession(api, shop, collectionId, { merchant_id: MERCHANT_A })
        expect(byMerchant.status).toBe(400)
        expect(byMerchant.data.message).toContain("data.merchant_id")
        // A name nobody has is answered exactly like A's.
        const unknownAccount = await startPaymentSession(api, shop, collectionId, {
          account_id: "acct_doesnotexist00000",
        })
        expect({ status: unknownAccount.status, body: unknownAccount.data }).toEqual({
          status: byAccount.status,
          body: byAccount.data,
        })
        const unknownMerchant = await startPaymentSession(api, shop, collectionId, {
          merchant_id: "nobody_by_that_name",
        })
        expect({ status: unknownMerchant.status, body: unknownMerchant.data }).toEqual({
          status: byMerchant.status,
          body: byMerchant.data,
        })
        expect(await intentsCreated()).toBe(before)

        const paid = await startPaymentSession(api, shop, collectionId)
        expect(paid.status).toBe(200)
        expect(paid.data.payment_collection.payment_sessions[0].data.transfer_data).toEqual(
          expect.objectContaining({ destination: accountB })
        )
      })

      it("should refuse a cart whose sales channel has no account and is not open to storefront sellers", async () => {
        const shop = await storefront(container())
        const { collectionId } = await paymentCollection(api, shop)
        const before = await intentsCreated()

        const unnamed = await startPaymentSession(api, shop, collectionId)
        expect(unnamed.status).toBe(404)
        expect(unnamed.data.code).toBe("account_not_found")
        expect(unnamed.data.message).toContain(`sales channel ${shop.salesChannelId}`)
        expect(unnamed.data.message).toContain("has no connected account")

        // A is a storefront seller on the marketplace channel, not on this one: named here it is any unknown name.
        const allowedElsewhere = await startPaymentSession(api, shop, collectionId, { merchant_id: MERCHANT_A })
        const unknown = await startPaymentSession(api, shop, collectionId, { merchant_id: "nobody_by_that_name" })
        expect(allowedElsewhere.status).toBe(404)
        expect({ status: unknown.status, body: unknown.data }).toEqual({
          status: allowedElsewhere.status,
          body: allowedElsewhere.data,
        })
        expect(await intentsCreated()).toBe(before)
      })

      it("should let a storefront name only a seller listed for the channel, answering unknown and not-allowed alike", async () => {
        const shop = await storefront(container(), MARKETPLACE_CHANNEL)
        const { collectionId } = await paymentCollection(api, shop)
        const before = await intentsCreated()

        // B exists and is onboarded but is not listed for the channel: the same answer as a name nobody has.
        const pairs: [Record<string, string>, Record<string, string>][] = [
          [{ merchant_id: MERCHANT_B }, { merchant_id: "nobody_by_that_name" }],
          [{ account_id: accountB }, { account_id: "acct_doesnotexist00000" }],
          // A's account under B's merchant id does not make B allowed, nor A reachable by a mismatched pair.
          [
            { account_id: accountA, merchant_id: MERCHANT_B },
            { account_id: "acct_doesnotexist00000", merchant_id: MERCHANT_B },
          ],
        ]
        for (const [notAllowed, unknown] of pairs) {
          const refused = await startPaymentSession(api, shop, collectionId, notAllowed)
          const missing = await startPaymentSession(api, shop, collectionId, unknown)
          expect(refused.status).toBe(404)
          expect(refused.data.code).toBe("account_not_found")
          expect({ status: missing.status, body: missing.data }).toEqual({ status: refused.status, body: refused.data })
        }
        expect(await intentsCreated()).toBe(before)

        const paid = await startPaymentSession(api, shop, collectionId, { merchant_id: MERCHANT_A })
        expect(paid.status).toBe(200)
        expect(paid.data.payment_collection.payment_sessions[0].data.transfer_data).toEqual(
          expect.objectContaining({ destination: accountA })
        )
      })
    })
  },
})
