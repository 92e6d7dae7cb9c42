import { execFile } from "node:child_process"
import { promisify } from "node:util"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import {
  DEMO_ADMIN_EMAIL,
  DEMO_PAYMENT_PROVIDER_ID,
  DEMO_PRODUCT_HANDLE,
  DEMO_PUBLISHABLE_KEY_TITLE,
  DEMO_SHIPPING_OPTION_NAME,
  DEMO_STOCK_PER_VARIANT,
} from "../../../dev/demo/seed/index"
import { onboardedAccount } from "../payments/helpers"
import { ADMIN_PASSWORD, createDemoAdmin, demoApp, seedDemo } from "./fixtures"

jest.setTimeout(240_000)

const { port, root } = demoApp()

type CheckoutSummary = {
  order_id: string
  total: number
  currency_code: string
  payment_intent: { id: string; status: string; amount: number; application_fee_amount: number; destination: string }
  stripe_payment: Record<string, unknown>
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()

    describe("the demo's storefront (dev/demo/seed, dev/demo/store-checkout.mjs)", () => {
      it("should seed a store a storefront checks out from, paying the merchant's connected account through the plugin", async () => {
        await createDemoAdmin(container())
        const state = await seedDemo(container())
        // The seed runs again on a demo seeded before: nothing is made twice.
        const again = await seedDemo(container())
        expect(again).toEqual(state)

        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data: keys } = await query.graph({
          entity: "api_key",
          fields: ["token", "sales_channels.id"],
          filters: { title: DEMO_PUBLISHABLE_KEY_TITLE },
        })
        expect(keys).toEqual([expect.objectContaining({ token: state.publishableKey, sales_channels: [expect.objectContaining({ id: state.salesChannelId })] })])
        const { data: regions } = await query.graph({ entity: "region", fields: ["payment_providers.id"], filters: { id: state.regionId } })
        expect((regions[0].payment_providers as ({ id: string } | null)[]).map((provider) => provider?.id)).toEqual(expect.arrayContaining([DEMO_PAYMENT_PROVIDER_ID]))
        const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id"], filters: { name: DEMO_SHIPPING_OPTION_NAME } })
        expect(options).toHaveLength(1)

        // The Stripe seed's part, as in the demo: the onboarded merchant sells through the demo's sales channel.
        const login = await api.post("/auth/user/emailpass", { email: DEMO_ADMIN_EMAIL, password: ADMIN_PASSWORD })
        const headers = { authorization: `Bearer ${login.data.token}` }
        const accountId = await onboardedAccount(api, container(), headers, "merchant_berlin_books")
        const linked = await api.post(
          `/admin/stripe-connect/accounts/${accountId}/sales-channels`,
          { add: [state.salesChannelId] },
          { headers, validateStatus: () => true }
        )
        expect(linked.status).toBe(200)

        // The script a demo user runs, against this app: Store API only, the card confirmed at the emulator, then
        // the capture as staff.
        const { stdout } = await promisify(execFile)(process.execPath, ["dev/demo/store-checkout.mjs", "--json"], {
          cwd: root,
          env: { ...process.env, PORT: String(port), DEMO_PUBLISHABLE_KEY: state.publishableKey },
        })
        const summary = JSON.parse(stdout) as CheckoutSummary

        // One T-shirt (EUR 25.00) and Standard Shipping (EUR 4.95); the demo's fee tier for a new merchant is
        // 2.9 % + 30: 2995 x 2.9 % = 86.855 -> 87, + 30 = 117.
        expect(summary).toEqual(
          expect.objectContaining({
            order_id: expect.stringMatching(/^order_/),
            total: 29.95,
            currency_code: "eur",
            payment_intent: expect.objectContaining({ status: "requires_capture", amount: 2995, application_fee_amount: 117, destination: accountId }),
            stripe_payment: expect.objectContaining({
              order_id: summary.order_id,
              account_id: accountId,
              source: "storefront",
              status: "succeeded",
              amount_captured: 2995,
              application_fee_collected: 117,
              destination_amount: 2878,
            }),
          })
        )

        const order = await api.get(
          `/admin/orders/${summary.order_id}?fields=id,sales_channel_id,*items,*payment_collections.payments`,
          { headers }
        )
        expect(order.data.order).toEqual(
          expect.objectContaining({
            sales_channel_id: state.salesChannelId,
            items: [expect.objectContaining({ product_handle: DEMO_PRODUCT_HANDLE, quantity: 1 })],
          })
        )
        const [payment] = order.data.order.payment_collections[0].payments
        expect(payment).toEqual(expect.objectContaining({ provider_id: DEMO_PAYMENT_PROVIDER_ID, captured_at: expect.anything() }))

        // The sold unit is reserved at the demo warehouse.
        const { data: levels } = await query.graph({
          entity: "inventory_level",
          fields: ["stocked_quantity", "reserved_quantity"],
          filters: { location_id: state.stockLocationId },
        })
        expect(levels.map((level) => level.stocked_quantity)).toEqual([DEMO_STOCK_PER_VARIANT, DEMO_STOCK_PER_VARIANT])
        expect(levels.reduce((sum, level) => sum + Number(level.reserved_quantity), 0)).toBe(1)
      })
    })
  },
})
