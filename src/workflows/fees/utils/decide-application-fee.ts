import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { computeApplicationFee } from "../../../modules/stripe-connect/fees"
import type { FeeBasisInForce } from "../../../modules/stripe-connect/queries/fee-basis"
import type { ApplicationFeeDecision, FeeBasis } from "../../../shared/types/fees"

export type DecideApplicationFeeInput = {
  amount: number
  currency: string
  merchant_id: string
  explicit_fee?: number | null
}

/** A payment's application fee with what it was decided from (`FeeBasis`, docs/api.md#fee-basis). */
export type ApplicationFeeWithBasis = ApplicationFeeDecision & { monthly_volume: number; fee_basis: FeeBasis }

/** Whether the caller fixed the fee (the configuration and the monthly volume are then moot). */
export function hasExplicitFee(input: Pick<DecideApplicationFeeInput, "explicit_fee">): boolean {
  return input.explicit_fee !== undefined && input.explicit_fee !== null
}

/**
 * `computeApplicationFee` on a fee basis read with `retrieveFeeBasis`: the explicit fee, else the document in force
 * (none: no fee) with the merchant's monthly volume choosing the tier; with what it was decided from, which the
 * payment keeps so reconciliation can check the fee later.
 */
export function decideApplicationFee(
  input: DecideApplicationFeeInput,
  basis: Pick<FeeBasisInForce, "document" | "scope" | "configuration_change_id" | "monthly_volumes">
): ApplicationFeeWithBasis {
  const monthlyVolume = hasExplicitFee(input) ? 0 : (basis.monthly_volumes[input.merchant_id] ?? 0)
  const decision = computeApplicationFee({
    amount: input.amount,
    currency: input.currency,
    merchant_id: input.merchant_id,
    explicit_fee: input.explicit_fee,
    configuration: basis.document,
    monthly_volume: monthlyVolume,
  })
  return {
    ...decision,
    monthly_volume: monthlyVolume,
    fee_basis: {
      source: decision.source,
      scope: basis.scope,
      configuration_change_id: basis.configuration_change_id,
      monthly_volume: monthlyVolume,
    },
  }
}

/**
 * Reads the merchant's fee basis now (one statement: the document in force, its version and, unless the fee is
 * explicit, the merchant's volume for the current UTC calendar month) and decides the fee from it.
 */
export async function readAndDecideApplicationFee(
  service: StripeConnectModuleService,
  input: DecideApplicationFeeInput
): Promise<ApplicationFeeWithBasis> {
  const basis = await service.retrieveFeeBasis({
    currency: input.currency,
    merchant_ids: [input.merchant_id],
    volume_at: hasExplicitFee(input) ? null : new Date(),
  })
  return decideApplicationFee(input, basis)
}
