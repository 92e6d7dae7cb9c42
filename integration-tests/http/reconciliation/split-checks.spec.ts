import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulatorStripe } from "../../helpers/emulator-stripe"
import { emulator } from "../accounts/emulator"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { syncStripePaymentWorkflow } from "../../../src/workflows/payments/workflows/sync-stripe-payment"
import { ledgerFixtures } from "./ledger-fixtures"
import { laterCharge, multiSellerOrder } from "./multi-seller-order"

jest.setTimeout(600_000)

/** Multi-seller charges are checked once per change, not on every sync (docs/api.md#matching). */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const sync = ledgerFixtures(api, container, () => admin).syncCleanly
    const checkedAt = async (paymentId: string) =>
      (await service().retrieveStripeConnectPayment(paymentId)).split_checked_at

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
    })

    it("should check a multi-seller charge once, not again on the next sync, and again after a refund touches it", async () => {
      const { pi, payment } = await multiSellerOrder(api, container(), admin)
      await laterCharge()
      await sync()
      const first = await checkedAt(payment.id)
      expect(first).not.toBeNull()

      await sync()
      expect(await checkedAt(payment.id)).toEqual(first)

      await emulatorStripe().refunds.create({ payment_intent: pi, amount: 1000 })
      await syncStripePaymentWorkflow(container()).run({
        input: { payment_intent_id: pi, event_type: "charge.refunded" },
      })
      await sync()
      const second = await checkedAt(payment.id)
      expect(new Date(second as Date).getTime()).toBeGreaterThan(new Date(first as Date).getTime())

      await sync()
      expect(await checkedAt(payment.id)).toEqual(second)
    })
  },
})
