import type { FeeConfigurationDocument } from "../../../shared/types/fees"
import { EMPTY_FEE_CONFIGURATION } from "../fees"
import { stripeConnectModuleTest } from "./fixtures/module-runner"

jest.setTimeout(60_000)

const PLATFORM: FeeConfigurationDocument = {
  default_fee_percent: 2.9,
  default_fee_fixed: 30,
  fee_tiers: [{ volume_min: 0, volume_max: null, fee_percent: 3, fee_fixed: 30 }],
  per_merchant_overrides: [],
}
const EUR: FeeConfigurationDocument = { ...PLATFORM, default_fee_percent: 1.5, fee_tiers: [] }

/** A moment in December 2026 (UTC): the month whose volume counts. */
const NOW = new Date("2026-12-15T12:00:00.000Z")

stripeConnectModuleTest({
  testSuite: ({ service }) => {
    /** Saves a scope's document, audited as the update workflow does unless `audited` is false. */
    const saveDocument = async (currencyCode: string, document: FeeConfigurationDocument, audited = true) => {
      await service.createFeeConfigurations({ currency_code: currencyCode, document, updated_by: "user_1" })
      return audited ? await audit(currencyCode, document) : null
    }
    const audit = async (currencyCode: string, after: FeeConfigurationDocument) =>
      await service.createFeeConfigurationChanges({
        kind: "configuration",
        currency_code: currencyCode,
        actor_id: "user_1",
        actor_type: "user",
        before: null,
        after,
      })

    let payments = 0
    const capturedPayment = (merchantId: string, overrides: Record<string, unknown> = {}) =>
      service.createStripeConnectPayments({
        payment_intent_id: `pi_${++payments}`,
        stripe_account_id: `acct_${merchantId}`,
        merchant_id: merchantId,
        currency: "usd",
        amount: 10_000,
        amount_captured: 10_000,
        status: "succeeded",
        captured_at: new Date("2026-12-02T00:00:00.000Z"),
        ...overrides,
      })

    describe("retrieveFeeBasis", () => {
      it("should take the currency's own document with its own audited version before the platform-wide one", async () => {
        const platformChange = await saveDocument("*", PLATFORM)
        const eurChange = await saveDocument("eur", EUR)

        const eur = await service.retrieveFeeBasis({ currency: "EUR", volume_at: null })
        expect(eur).toMatchObject({ scope: "eur", document: EUR, configuration_change_id: eurChange?.id })
        expect(eur.configuration).toMatchObject({ currency_code: "eur", updated_by: "user_1" })
        expect(eur.configuration?.updated_at).toBeInstanceOf(Date)

        const usd = await service.retrieveFeeBasis({ currency: "usd", volume_at: null })
        expect(usd).toMatchObject({ scope: "*", document: PLATFORM, configuration_change_id: platformChange?.id })
        const platform = await service.retrieveFeeBasis({ currency: null, volume_at: null })
        expect(platform).toMatchObject({ scope: "*", configuration_change_id: platformChange?.id })
      })

      it("should answer no fee and no version when nothing was saved", async () => {
        expect(await service.retrieveFeeBasis({ currency: "usd", volume_at: NOW })).toEqual({
          account: null,
          configuration: null,
          document: EMPTY_FEE_CONFIGURATION,
          scope: null,
          configuration_change_id: null,
          monthly_volumes: {},
        })
      })

      // The case where the admin payment's statement and the checkout's queries could have parted: a currency's
      // own document that has no audited change of its own must not take the platform-wide document's version.
      it("should leave the version unknown for a currency document without its own audited change", async () => {
        await saveDocument("*", PLATFORM)
        await saveDocument("eur", EUR, false)
        const basis = await service.retrieveFeeBasis({ currency: "eur", volume_at: null })
        expect(basis).toMatchObject({ scope: "eur", document: EUR, configuration_change_id: null })
      })

      it("should leave the version unknown when the scope's newest live change is not the stored document", async () => {
        await saveDocument("*", PLATFORM)
        // A later change, compensated (deleted): the newest live one holds another document than the stored one.
        const compensated = await audit("*", EUR)
        await service.deleteFeeConfigurationChanges(compensated.id)
        await service.updateFeeConfigurations({
          id: (await service.listFeeConfigurations({ currency_code: "*" }))[0].id,
          document: EUR,
        })
        const basis = await service.retrieveFeeBasis({ currency: "usd", volume_at: null })
        expect(basis).toMatchObject({ scope: "*", document: EUR, configuration_change_id: null })
      })

      it("should sum each merchant's captured minus refunded volume of the month in the currency", async () => {
        await capturedPayment("m1")
        await capturedPayment("m1", { amount_captured: 5_000, amount_refunded: 1_000 })
        await capturedPayment("m1", { currency: "eur" })
        await capturedPayment("m1", { captured_at: new Date("2026-11-30T23:59:59.999Z") })
        await capturedPayment("m1", { captured_at: new Date("2027-01-01T00:00:00.000Z") })
        await capturedPayment("m1", { captured_at: null, amount_captured: 0, status: "requires_capture" })
        const deleted = await capturedPayment("m1")
        await service.softDeleteStripeConnectPayments(deleted.id)
        await capturedPayment("m2", { amount_captured: 7_000 })
        await capturedPayment("m3", { amount_captured: 9_000 })

        const basis = await service.retrieveFeeBasis({
          currency: "USD",
          merchant_ids: ["m1", "m2", "m9"],
          volume_at: NOW,
        })
        expect(basis.monthly_volumes).toEqual({ m1: 14_000, m2: 7_000 })
        const none = await service.retrieveFeeBasis({ currency: "usd", merchant_ids: ["m1"], volume_at: null })
        expect(none.monthly_volumes).toEqual({})
      })

      // Admin payment create names the merchant by its connected account, the checkout and the seller split by its
      // id: both must read the same basis.
      it("should read the same basis for a merchant named by its connected account or by its id", async () => {
        const change = await saveDocument("*", PLATFORM)
        await service.createConnectedAccounts({
          stripe_account_id: "acct_m1",
          merchant_id: "m1",
          mode: "test",
          type: "express",
          charges_enabled: true,
        })
        await capturedPayment("m1", { amount_captured: 4_000 })
        await capturedPayment("m2", { amount_captured: 6_000 })

        const byAccount = await service.retrieveFeeBasis({
          currency: "usd",
          stripe_account_id: "acct_m1",
          merchant_ids: ["m2"],
          volume_at: NOW,
        })
        const byId = await service.retrieveFeeBasis({ currency: "usd", merchant_ids: ["m1", "m2"], volume_at: NOW })
        expect(byAccount.account).toMatchObject({
          stripe_account_id: "acct_m1",
          merchant_id: "m1",
          charges_enabled: true,
        })
        expect(byId.account).toBeNull()
        const { account: _account, ...sameAsById } = byAccount
        const { account: _none, ...basisById } = byId
        expect(sameAsById).toEqual(basisById)
        expect(basisById).toMatchObject({
          configuration_change_id: change?.id,
          monthly_volumes: { m1: 4_000, m2: 6_000 },
        })
      })

      it("should answer no account for an unknown or deleted one", async () => {
        const account = await service.createConnectedAccounts({
          stripe_account_id: "acct_gone",
          merchant_id: "m_gone",
          mode: "test",
          type: "express",
        })
        await service.softDeleteConnectedAccounts(account.id)
        for (const stripeAccountId of ["acct_gone", "acct_unknown"]) {
          const basis = await service.retrieveFeeBasis({
            currency: "usd",
            stripe_account_id: stripeAccountId,
            volume_at: NOW,
          })
          expect(basis.account).toBeNull()
        }
      })
    })
  },
})
