import { execFile } from "node:child_process"
import { promisify } from "node:util"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DEMO_ADMIN_EMAIL } from "../../../dev/demo/seed/index"
import { ADMIN_PASSWORD, createDemoAdmin, demoApp, seedDemo } from "./fixtures"

jest.setTimeout(300_000)

// In a file of its own: the Stripe seed makes the demo's accounts at an emulator that has seen no other account.
const { appUrl, port, root } = demoApp()

type MarketplaceCheckout = {
  payment_intent: { amount: number; application_fee_amount: number | null; destination: string | null; transfer_group: string | null }
  stripe_payment: { amount_captured: number }
  sellers: { merchant_id: string; fee_amount: number; transfer_amount: number; transfer_id: string }[]
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const container = (): MedusaContainer => getContainer()

    describe("the demo's Stripe seed (dev/demo/seed-stripe)", () => {
      it("should seed the demo's Stripe side (dev/demo/seed-stripe) through the admin API, and again without making anything twice", async () => {
        await createDemoAdmin(container())
        await seedDemo(container())
        const seedStripe = `
          import { seedStripe } from "./dev/demo/seed-stripe/index.mjs"
          const result = await seedStripe({
            baseUrl: ${JSON.stringify(appUrl)},
            emulatorUrl: process.env.STRIPE_EMULATOR_URL,
            email: ${JSON.stringify(DEMO_ADMIN_EMAIL)},
            password: ${JSON.stringify(ADMIN_PASSWORD)},
            say: () => {},
          })
          process.stdout.write(JSON.stringify(result))
        `
        const run = async () =>
          JSON.parse((await promisify(execFile)(process.execPath, ["--input-type=module", "-e", seedStripe], { cwd: root })).stdout) as {
            integration_id: string
            order_ids: string[]
          }
        const first = await run()
        expect(await run()).toEqual(first)

        const login = await api.post("/auth/user/emailpass", { email: DEMO_ADMIN_EMAIL, password: ADMIN_PASSWORD })
        const headers = { authorization: `Bearer ${login.data.token}` }
        const [openOrder, paidOrder, linkOrder] = first.order_ids
        const invoices = async (orderId: string) => (await api.get(`/admin/orders/${orderId}/stripe-invoices`, { headers })).data.data
        expect((await invoices(openOrder)).map((invoice: { status: string }) => invoice.status)).toEqual(["open"])
        expect((await invoices(paidOrder)).map((invoice: { status: string }) => invoice.status)).toEqual(["paid"])
        const links = (await api.get(`/admin/orders/${linkOrder}/stripe-pay-links`, { headers })).data.data
        expect(links.map((link: { status: string }) => link.status)).toEqual(["open"])

        // The demo's money reconciles: after a catch-up of every balance, no mismatch is open.
        const sync = await api.post("/admin/stripe-connect/balance-transactions/sync", {}, { headers })
        expect(sync.status).toBe(200)
        expect(sync.data.failed).toEqual([])
        expect(sync.data.stored).toBeGreaterThan(0)
        const open = await api.get("/admin/stripe-connect/reconciliation/mismatches?state=open&limit=100", { headers })
        expect(open.data.data).toEqual([])

        // The marketplace channel is a storefront too: its key checks out one product of each of the three sellers
        // as one platform charge, and the capture pays each seller a transfer (dev/demo/store-checkout.mjs).
        const query = container().resolve(ContainerRegistrationKeys.QUERY)
        const { data: keys } = await query.graph({ entity: "api_key", fields: ["token"], filters: { title: "Demo Marketplace" } })
        expect(keys).toHaveLength(1)
        const { stdout } = await promisify(execFile)(process.execPath, ["dev/demo/store-checkout.mjs", "--marketplace", "--json"], {
          cwd: root,
          env: { ...process.env, PORT: String(port), DEMO_PUBLISHABLE_KEY: keys[0].token as string },
        })
        const checkout = JSON.parse(stdout) as MarketplaceCheckout
        expect(checkout.payment_intent).toEqual(expect.objectContaining({ destination: null, transfer_group: expect.any(String) }))
        expect(checkout.payment_intent.application_fee_amount ?? 0).toBe(0)
        expect(checkout.sellers.map((seller) => seller.merchant_id).sort()).toEqual([
          "merchant_bergen_wool",
          "merchant_hamburg_prints",
          "merchant_porto_tiles",
        ])
        expect(checkout.sellers.every((seller) => /^tr_/.test(seller.transfer_id) && seller.transfer_amount > 0)).toBe(true)
        const paidOut = checkout.sellers.reduce((sum, seller) => sum + seller.transfer_amount + seller.fee_amount, 0)
        expect(paidOut).toBe(checkout.stripe_payment.amount_captured)
        expect(checkout.stripe_payment.amount_captured).toBe(checkout.payment_intent.amount)
      })
    })
  },
})
