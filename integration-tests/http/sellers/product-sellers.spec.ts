import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import {
  createCollectionsWorkflow,
  createProductsWorkflow,
  createSalesChannelsWorkflow,
} from "@medusajs/medusa/core-flows"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"

jest.setTimeout(180_000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const container = (): MedusaContainer => getContainer()
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    async function products(count: number, extra: { collection_id?: string; sales_channels?: { id: string }[] } = {}) {
      const { result } = await createProductsWorkflow(container()).run({
        input: {
          products: Array.from({ length: count }, (_, index) => ({
            title: `Product ${index} ${Math.random().toString(36).slice(2, 8)}`,
            status: ProductStatus.PUBLISHED,
            options: [{ title: "Size", values: ["M"] }],
            variants: [
              {
                title: "M",
                options: { Size: "M" },
                manage_inventory: false,
                prices: [{ amount: 10, currency_code: "usd" }],
              },
            ],
            ...extra,
          })),
        },
      })
      return result.map((product) => product.id)
    }

    const sellerOf = async (productId: string, who: TestAdmin = admin) =>
      await api.get(`/admin/stripe-connect/products/${productId}/seller`, as(who))

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
    })

    describe("POST /admin/stripe-connect/products/:product_id/seller", () => {
      it("should set, move and clear a product's seller", async () => {
        const a = await onboardedAccount(api, container(), admin.headers, "merchant_a")
        const b = await onboardedAccount(api, container(), admin.headers, "merchant_b")
        const [productId] = await products(1)

        expect((await sellerOf(productId)).data).toEqual({ product_id: productId, seller: null })

        const set = await api.post(`/admin/stripe-connect/products/${productId}/seller`, { account_id: a }, as(admin))
        expect(set.status).toBe(200)
        expect(set.data).toEqual({
          product_id: productId,
          seller: expect.objectContaining({ account_id: a, merchant_id: "merchant_a", charges_enabled: true }),
        })
        expect((await sellerOf(productId)).data.seller.account_id).toBe(a)

        const moved = await api.post(`/admin/stripe-connect/products/${productId}/seller`, { account_id: b }, as(admin))
        expect(moved.status).toBe(200)
        expect(moved.data.seller.account_id).toBe(b)
        const listA = await api.get(`/admin/stripe-connect/accounts/${a}/products`, as(admin))
        expect(listA.data).toEqual({ data: [], count: 0, offset: 0, limit: 50 })
        const listB = await api.get(`/admin/stripe-connect/accounts/${b}/products`, as(admin))
        expect(listB.data.data).toEqual([expect.objectContaining({ product_id: productId, status: "published" })])

        const cleared = await api.post(
          `/admin/stripe-connect/products/${productId}/seller`,
          { account_id: null },
          as(admin)
        )
        expect(cleared.status).toBe(200)
        expect(cleared.data).toEqual({ product_id: productId, seller: null })
        expect((await api.get(`/admin/stripe-connect/accounts/${b}/products`, as(admin))).data.count).toBe(0)

        // The same seller again after a clear.
        const again = await api.post(`/admin/stripe-connect/products/${productId}/seller`, { account_id: b }, as(admin))
        expect(again.data.seller.account_id).toBe(b)
      })

      it("should answer 400 for a malformed account id and 404 for an unknown product or account", async () => {
        const [productId] = await products(1)
        const malformed = await api.post(
          `/admin/stripe-connect/products/${productId}/seller`,
          { account_id: "nope" },
          as(admin)
        )
        expect(malformed.status).toBe(400)
        expect(malformed.data).toEqual(expect.objectContaining({ code: "invalid_request", param: "account_id" }))
        const unknownAccount = await api.post(
          `/admin/stripe-connect/products/${productId}/seller`,
          { account_id: "acct_unknown" },
          as(admin)
        )
        expect(unknownAccount.status).toBe(404)
        expect(unknownAccount.data.code).toBe("account_not_found")
        const unknownProduct = await api.post(
          `/admin/stripe-connect/products/prod_unknown/seller`,
          { account_id: null },
          as(admin)
        )
        expect(unknownProduct.status).toBe(404)
        expect(unknownProduct.data.code).toBe("not_found")
      })
    })

    describe("POST /admin/stripe-connect/accounts/:account_id/products", () => {
      it("should assign a collection's and a sales channel's products at once, page them, and take some away", async () => {
        const a = await onboardedAccount(api, container(), admin.headers, "merchant_a")
        const {
          result: [collection],
        } = await createCollectionsWorkflow(container()).run({ input: { collections: [{ title: "Summer" }] } })
        const {
          result: [channel],
        } = await createSalesChannelsWorkflow(container()).run({ input: { salesChannelsData: [{ name: "Outlet" }] } })
        const inCollection = await products(3, { collection_id: collection.id })
        const inChannel = await products(2, { sales_channels: [{ id: channel.id }] })
        const [named] = await products(1)
        await products(1) // sold by nobody, never named

        const assigned = await api.post(
          `/admin/stripe-connect/accounts/${a}/products`,
          { product_ids: [named], collection_id: collection.id, sales_channel_id: channel.id },
          as(admin)
        )
        expect(assigned.status).toBe(200)
        expect(assigned.data.account_id).toBe(a)
        expect(assigned.data.assigned_product_ids.sort()).toEqual([named, ...inCollection, ...inChannel].sort())
        expect(assigned.data.product_count).toBe(6)

        const page = await api.get(`/admin/stripe-connect/accounts/${a}/products?limit=4&offset=4`, as(admin))
        expect(page.status).toBe(200)
        expect(page.data).toEqual(expect.objectContaining({ count: 6, offset: 4, limit: 4 }))
        expect(page.data.data).toHaveLength(2)
        const badPage = await api.get(`/admin/stripe-connect/accounts/${a}/products?limit=101`, as(admin))
        expect(badPage.status).toBe(400)

        const removed = await api.post(
          `/admin/stripe-connect/accounts/${a}/products`,
          { remove_product_ids: inChannel },
          as(admin)
        )
        expect(removed.status).toBe(200)
        expect(removed.data).toEqual(
          expect.objectContaining({
            assigned_product_ids: [],
            removed_product_ids: expect.arrayContaining(inChannel),
            product_count: 4,
          })
        )
        expect((await sellerOf(inChannel[0])).data.seller).toBeNull()
        expect((await sellerOf(inCollection[0])).data.seller.account_id).toBe(a)
      })

      it("should refuse an unknown product, collection or channel with a 400 naming it, and assign nothing", async () => {
        const a = await onboardedAccount(api, container(), admin.headers, "merchant_a")
        const [productId] = await products(1)
        for (const [body, param] of [
          [{ product_ids: [productId, "prod_missing"] }, "product_ids"],
          [{ collection_id: "pcol_missing" }, "collection_id"],
          [{ sales_channel_id: "sc_missing" }, "sales_channel_id"],
          [{}, "product_ids"],
          [{ product_ids: [productId], remove_product_ids: [productId] }, "remove_product_ids"],
        ] as const) {
          const response = await api.post(`/admin/stripe-connect/accounts/${a}/products`, body, as(admin))
          expect(response.status).toBe(400)
          expect(response.data).toEqual(expect.objectContaining({ code: "invalid_request", param }))
        }
        expect((await sellerOf(productId)).data.seller).toBeNull()
      })
    })

    describe("merchant-scoped callers", () => {
      it("should keep a merchant to its own accounts and away from products another merchant's account sells", async () => {
        const a = await onboardedAccount(api, container(), admin.headers, "merchant_a")
        const b = await onboardedAccount(api, container(), admin.headers, "merchant_b")
        const scopedToA = await createAdminUser(getContainer(), {
          roles: [{ role: "tenant_admin", merchant_ids: ["merchant_a"] }],
        })
        const [soldByB, free] = await products(2)
        await api.post(`/admin/stripe-connect/products/${soldByB}/seller`, { account_id: b }, as(admin))

        // Another merchant's account: 404, as if it did not exist.
        const otherAccount = await api.post(
          `/admin/stripe-connect/products/${free}/seller`,
          { account_id: b },
          as(scopedToA)
        )
        expect(otherAccount.status).toBe(404)
        expect(otherAccount.data.code).toBe("account_not_found")
        expect(
          (await api.post(`/admin/stripe-connect/accounts/${b}/products`, { product_ids: [free] }, as(scopedToA)))
            .status
        ).toBe(404)
        expect((await api.get(`/admin/stripe-connect/accounts/${b}/products`, as(scopedToA))).status).toBe(404)

        // A product another merchant's account sells: 409, taken neither alone nor in a batch, nor cleared.
        const take = await api.post(
          `/admin/stripe-connect/products/${soldByB}/seller`,
          { account_id: a },
          as(scopedToA)
        )
        expect(take.status).toBe(409)
        expect(take.data).toEqual(expect.objectContaining({ code: "conflict", param: "product_ids" }))
        expect(take.data.message).not.toContain("merchant_b")
        const batch = await api.post(
          `/admin/stripe-connect/accounts/${a}/products`,
          { product_ids: [free, soldByB] },
          as(scopedToA)
        )
        expect(batch.status).toBe(409)
        const clear = await api.post(
          `/admin/stripe-connect/products/${soldByB}/seller`,
          { account_id: null },
          as(scopedToA)
        )
        expect(clear.status).toBe(409)
        expect((await sellerOf(soldByB, scopedToA)).status).toBe(404)
        expect((await sellerOf(soldByB)).data.seller.account_id).toBe(b)
        expect((await sellerOf(free)).data.seller).toBeNull()

        // A product nobody sells: the merchant may take it for its own account.
        const own = await api.post(
          `/admin/stripe-connect/accounts/${a}/products`,
          { product_ids: [free] },
          as(scopedToA)
        )
        expect(own.status).toBe(200)
        expect(own.data.assigned_product_ids).toEqual([free])
        expect((await sellerOf(free, scopedToA)).data.seller.account_id).toBe(a)
      })
    })
  },
})
