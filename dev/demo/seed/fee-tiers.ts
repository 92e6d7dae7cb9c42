import { MedusaError } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import { validateFeeConfiguration } from "../../../src/shared/validate-fee-configuration"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import type { FeeConfigurationDocument } from "../../../src/shared/types/fees"
import { updateFeeConfigurationWorkflow } from "../../../src/workflows"
import type { DemoSeedPart } from "./types"

/**
 * The platform-wide fee configuration (spec 000 "Platform Fees"): 2.9 % + 30 by default, cheaper as a merchant's
 * monthly volume grows. Fixed fees are minor units; tier volumes are major units. Left alone once it exists, so
 * changes made in the demo survive a re-seed.
 */
export const DEMO_FEE_CONFIGURATION: FeeConfigurationDocument = {
  default_fee_percent: 2.9,
  default_fee_fixed: 30,
  fee_tiers: [
    { volume_min: 0, volume_max: 9_999, fee_percent: 2.9, fee_fixed: 30 },
    { volume_min: 10_000, volume_max: 49_999, fee_percent: 2.5, fee_fixed: 25 },
    { volume_min: 50_000, volume_max: null, fee_percent: 2, fee_fixed: 20 },
  ],
  per_merchant_overrides: [],
}

export const feeTiersPart: DemoSeedPart = {
  name: "fee-tiers",
  run: async (container, state) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const existing = await service.listFeeConfigurations({ currency_code: "*" })
    if (existing.length) return

    const issues = validateFeeConfiguration(DEMO_FEE_CONFIGURATION)
    if (issues.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The demo fee configuration is invalid: ${issues.map((issue) => issue.message).join("; ")}`
      )
    }
    await updateFeeConfigurationWorkflow(container).run({
      input: {
        currency: null,
        document: DEMO_FEE_CONFIGURATION,
        actor_id: state.adminUserId ?? "demo-seed",
        actor_type: "user",
      },
    })
  },
}
