import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { storedEvents, waitFor } from "../webhooks/helpers"
import { capturedMultiSellerCharge, deliverPlatformEvent } from "./multi-seller-charge"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"

jest.setTimeout(120_000)

// With the option disputes.debitSeller off (docs/api.md#seller-disputes), the platform bears a multi-seller
// charge's disputes alone: the sellers' transfers stay as they are. medusa-config.ts reads this at boot.
process.env.STRIPE_CONNECT_DISPUTES_DEBIT_SELLER = "false"
afterAll(() => {
  delete process.env.STRIPE_CONNECT_DISPUTES_DEBIT_SELLER
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    let sellers: string[]
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)

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

    it("should reverse no seller's transfer when a dispute opens on a multi-seller charge", async () => {
      expect((await service().getOptions()).disputes.debitSeller).toBe(false)
      const { intent, charge } = await capturedMultiSellerCharge(container(), sellers, "order_platform_dispute")
      await deliverPlatformEvent(api, "payment_intent.succeeded", intent.id)
      const rowsOf = () => service().listStripeConnectSellerTransfers({ payment_intent_id: intent.id })
      await waitFor(
        async () => (await rowsOf()).every((row) => row.status === "transferred") || undefined,
        "the transfers"
      )

      const { id: dispute } = await emulator<{ id: string }>("POST", `/charges/${charge}/dispute`, {
        reason: "fraudulent",
      })
      const event = await deliverPlatformEvent(api, "charge.dispute.created", dispute)
      await waitFor(async () => {
        const [row] = await storedEvents(container(), event.id)
        return row?.status === "processed" || undefined
      }, "the dispute event processed")
      // The dispute is the platform's: stored, but no reversal at Stripe and no seller row touched.
      expect(await service().listStripeConnectDisputes({ dispute_id: dispute })).toHaveLength(1)
      for (const row of await rowsOf()) {
        expect(row).toMatchObject({
          status: "transferred",
          amount_reversed: 0,
          dispute_id: null,
          dispute_reversal_amount: 0,
        })
        const transfer = await emulatorStripe().transfers.retrieve(row.transfer_id as string)
        expect(transfer.amount_reversed).toBe(0)
      }
    })
  },
})
