import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { updateFeeConfigurationWorkflow } from "../../../src/workflows/fees/workflows/update-fee-configuration"
import type { FeeConfigurationDocument } from "../../../src/shared/types/fees"
import { messagesOf, MISSING_ORDER_ID, service, thenHostStepFails } from "./helpers"

jest.setTimeout(120_000)

const updateThenHostFails = thenHostStepFails("test-update-fee-configuration-then-host-fails", updateFeeConfigurationWorkflow)

const document = (percent: number): FeeConfigurationDocument => ({
  default_fee_percent: percent,
  default_fee_fixed: 30,
  fee_tiers: [],
  per_merchant_overrides: [{ merchant_id: "merchant_wf", fee_percent: 1, fee_fixed: 10, reason: "pilot" }],
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    const container = (): MedusaContainer => getContainer()
    const input = (percent: number, currency: string | null = "eur") => ({ currency, document: document(percent), actor_id: "user_wf", actor_type: "user" })
    const stored = async (currency: string) => service(container()).listFeeConfigurations({ currency_code: currency })
    const changes = async (currency: string) => service(container()).listFeeConfigurationChanges({ currency_code: currency }, { withDeleted: true })

    describe("updateFeeConfigurationWorkflow", () => {
      it("should store the document and keep the change with what it replaced", async () => {
        await updateFeeConfigurationWorkflow(container()).run({ input: input(2.9, "usd") })
        const { result, errors } = await updateFeeConfigurationWorkflow(container()).run({ input: input(3.5, "USD"), throwOnError: false })
        expect(errors).toEqual([])
        expect(result.configuration).toEqual(expect.objectContaining({ currency_code: "usd", document: document(3.5), updated_by: "user_wf" }))
        expect(await stored("usd")).toEqual([expect.objectContaining({ document: document(3.5) })])
        const kept = await changes("usd")
        expect(kept).toHaveLength(2)
        expect(kept).toContainEqual(expect.objectContaining({ id: result.change.id, before: document(2.9), after: document(3.5), actor_id: "user_wf" }))
      })

      it("should put the previous document back and delete the change when a later step fails", async () => {
        await updateFeeConfigurationWorkflow(container()).run({ input: { ...input(2.9), actor_id: "user_first" } })
        // The failed document has more tiers and overrides than the first: the restore must not keep the extra ones.
        const longer: FeeConfigurationDocument = {
          ...document(4.5),
          fee_tiers: [
            { volume_min: 0, volume_max: 10000, fee_percent: 3, fee_fixed: 30 },
            { volume_min: 10001, volume_max: null, fee_percent: 2.5, fee_fixed: 25 },
          ],
          per_merchant_overrides: [...document(4.5).per_merchant_overrides, { merchant_id: "merchant_other", fee_percent: 2, fee_fixed: 20, reason: "trial" }],
        }
        const { errors } = await updateThenHostFails(container()).run({ input: { ...input(4.5), document: longer }, throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        expect(await stored("eur")).toEqual([expect.objectContaining({ document: document(2.9), updated_by: "user_first" })])
        expect((await changes("eur")).map((change) => change.after)).toEqual([document(2.9)])
      })

      it("should delete the document it created when there was none and a later step fails", async () => {
        const { errors } = await updateThenHostFails(container()).run({ input: input(4.5, "gbp"), throwOnError: false })
        expect(messagesOf(errors).join(" ")).toContain(MISSING_ORDER_ID)
        expect(await service(container()).listFeeConfigurations({ currency_code: "gbp" }, { withDeleted: true })).toEqual([])
        expect(await changes("gbp")).toEqual([])
      })
    })
  },
})
