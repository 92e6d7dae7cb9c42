import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createAdminUser, type TestAdmin } from "../../helpers/admin-users"
import { emulator } from "../accounts/emulator"
import { onboardedAccount } from "../payments/helpers"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { transferSellerSharesWorkflow } from "../../../src/workflows/seller-transfers/workflows/transfer-seller-shares"
import { ledgerFixtures } from "./ledger-fixtures"
import { laterCharge, multiSellerOrder } from "./multi-seller-order"

jest.setTimeout(600_000)

const FEES = "/admin/stripe-connect/fees"

/** Reconciliation of fees against the fee configuration in force when they were decided (docs/api.md#fee-basis). */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: TestAdmin
    const container = (): MedusaContainer => getContainer()
    const service = () => container().resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const as = (who: TestAdmin) => ({ headers: who.headers, validateStatus: () => true })

    const configure = async (percent: number) => {
      const body = { default_fee_percent: percent, default_fee_fixed: 0, fee_tiers: [], per_merchant_overrides: [] }
      expect((await api.put(FEES, body, as(admin))).status).toBe(200)
      const history = await api.get(`${FEES}/history?limit=1`, as(admin))
      return String(history.data.data[0].id)
    }
    const { capturedPayment, syncCleanly: sync } = ledgerFixtures(api, container, () => admin)
    const openMismatches = async () =>
      await service().listStripeConnectReconciliationMismatches({ state: "open" }, { order: { detected_at: "ASC" } })

    /** A destination charge whose fee the plugin decides from the configuration; captured by the plugin, or at Stripe with `stripeFee`. */
    async function configuredPayment(account: string, amount: number, stripeFee?: number) {
      const pi = await capturedPayment({ account_id: account, amount }, stripeFee === undefined ? "plugin" : { fee: stripeFee })
      const [payment] = await service().listStripeConnectPayments({ payment_intent_id: pi })
      return payment
    }

    beforeEach(async () => {
      await emulator("POST", "/reset")
      admin = await createAdminUser(getContainer(), { roles: [{ role: "super_admin" }] })
    })

    it("should find an application fee that agrees with the recorded fee but not with the configuration then, and not flag an old payment after the configuration changed", async () => {
      const account = await onboardedAccount(api, container(), admin.headers, "merchant_a")
      const v1 = await configure(3)
      const honest = await configuredPayment(account, 2500)
      expect(honest.application_fee_amount).toBe(75)
      expect(honest.fee_basis).toEqual({
        source: "default",
        scope: "*",
        configuration_change_id: v1,
        monthly_volume: 0,
      })

      // A fee decided wrongly: Stripe took 50 and the payment records 50, where 3 % of 2500 is 75.
      const wrong = await configuredPayment(account, 2500, 50)
      await service().updateStripeConnectPayments({ id: wrong.id, application_fee_amount: 50 })

      // The configuration changes after both payments: 5 % of 2500 would be 125.
      await configure(5)
      await sync()

      const found = await openMismatches()
      expect(found).toEqual([
        expect.objectContaining({
          reason: "fee_configuration_mismatch",
          record_kind: "payment",
          record_id: wrong.id,
          expected_amount: 75,
          actual_amount: 50,
        }),
      ])
      // The honest payment's fee line is explained and raised nothing, under the configuration it was made with.
      const [honestFee] = await service().listStripeConnectBalanceTransactions({
        stripe_account_id: null,
        type: "application_fee",
        match_record_id: honest.id,
      })
      expect(honestFee).toMatchObject({ match_kind: "application_fee", amount: 75 })
    })

    it("should check each seller's platform fee against its fee configuration at the capture, and not against a later one", async () => {
      await configure(10)
      // Stripe refuses both transfers, so the split is decided (fees 700 and 450) and nothing is paid yet.
      const { order_id, pi } = await multiSellerOrder(api, container(), admin, 2)
      // Account ids are random, so the larger share comes first by amount, not by account.
      const decided = await service().listStripeConnectSellerTransfers(
        { payment_intent_id: pi },
        { order: { transfer_amount: "DESC" } }
      )
      expect(decided.map((row) => [row.status, row.fee_amount, row.transfer_amount])).toEqual([
        ["transfer_failed", 700, 6300],
        ["transfer_failed", 450, 4050],
      ])
      // A fee decided wrongly for the second seller: 100 more kept, 100 less transferred; Stripe moves what the row says.
      const [, tampered] = decided
      await service().updateStripeConnectSellerTransfers({ id: tampered.id, fee_amount: 550, transfer_amount: 3950 })
      await transferSellerSharesWorkflow(container()).run({ input: { payment_intent_id: pi } })

      // The configuration changes after the capture: 20 % would make both fees wrong.
      await configure(20)
      // The ledger an hour past the capture, so the multi-seller charge is checked.
      await laterCharge()
      await sync()

      const found = (await openMismatches()).filter((m) => m.order_id === order_id)
      expect(found).toEqual([
        expect.objectContaining({
          reason: "fee_configuration_mismatch",
          record_kind: "seller_transfer",
          record_id: tampered.id,
          stripe_account_id: tampered.stripe_account_id,
          expected_amount: 450,
          actual_amount: 550,
        }),
      ])
    })
  },
})
