import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { calendarMonthOf, computeApplicationFee } from "../../../modules/stripe-connect/fees"
import { resolveFeeConfiguration } from "../../fees/utils/fee-configuration-scope"
import type { ApplicationFeeDecision } from "../../../types/fees"

export type ComputePaymentFeeStepInput = {
  amount: number
  currency: string
  merchant_id: string
  /** A fee the caller fixed; null or undefined: from the fee configuration. */
  explicit_fee?: number | null
}

export const computePaymentFeeStepId = "compute-payment-fee"

/**
 * This step decides a payment's application fee with `computeApplicationFee`: the explicit fee, else the fee
 * configuration in force for the currency, with the merchant's volume for the current UTC calendar month
 * (captured minus refunded, this currency) choosing the tier. It writes nothing.
 */
export const computePaymentFeeStep = createStep(
  computePaymentFeeStepId,
  async (input: ComputePaymentFeeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const hasExplicitFee = input.explicit_fee !== undefined && input.explicit_fee !== null
    const configuration = await resolveFeeConfiguration(service, input.currency)
    const monthlyVolume = hasExplicitFee ? 0 : await monthlyVolumeOf(service, input.merchant_id, input.currency, new Date())
    const decision = computeApplicationFee({
      amount: input.amount,
      currency: input.currency,
      merchant_id: input.merchant_id,
      explicit_fee: input.explicit_fee,
      configuration,
      monthly_volume: monthlyVolume,
    })
    return new StepResponse<ApplicationFeeDecision & { monthly_volume: number }>({ ...decision, monthly_volume: monthlyVolume })
  }
)

/** Captured minus refunded, in minor units, of the merchant's payments in this currency captured this month (UTC). */
export async function monthlyVolumeOf(
  service: StripeConnectModuleService,
  merchantId: string,
  currency: string,
  now: Date
): Promise<number> {
  const { start, end } = calendarMonthOf(now)
  const payments = await service.listStripeConnectPayments(
    { merchant_id: merchantId, currency: currency.toLowerCase(), captured_at: { $gte: start, $lt: end } },
    { select: ["amount_captured", "amount_refunded"] }
  )
  return payments.reduce((sum, payment) => sum + payment.amount_captured - payment.amount_refunded, 0)
}
