import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { readAndDecideApplicationFee } from "../utils/decide-application-fee"

export type RecordPaymentFeeOverrideStepInput = {
  /** The fee the caller set; null or undefined: the configuration decided it and nothing is recorded. */
  application_fee_amount?: number | null
  payment_intent_id: string
  stripe_account_id: string
  merchant_id: string
  amount: number
  currency: string
  /** Who set the fee; a workflow run without a caller is recorded as the system. */
  actor_id?: string | null
  actor_type?: string | null
  request_id?: string | null
}

export const recordPaymentFeeOverrideStepId = "record-payment-fee-override"

/**
 * This step keeps, in the fee audit, a payment whose fee a caller set instead of the configuration: who, the
 * payment, the fee set and the fee the configuration would have given. Without an explicit fee it does nothing;
 * a payment already recorded is not recorded again. Compensation deletes the record it made.
 */
export const recordPaymentFeeOverrideStep = createStep(
  recordPaymentFeeOverrideStepId,
  async (input: RecordPaymentFeeOverrideStepInput, { container }) => {
    if (input.application_fee_amount === undefined || input.application_fee_amount === null) {
      return new StepResponse(null, null)
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    // A retried request (same Idempotency-Key) answers the same payment intent: it is recorded once.
    const [kept] = await service.listFeeConfigurationChanges(
      { kind: "payment_override", payment_intent_id: input.payment_intent_id },
      { take: 1 }
    )
    if (kept) {
      return new StepResponse(kept, null)
    }
    const configured = await readAndDecideApplicationFee(service, {
      amount: input.amount,
      currency: input.currency,
      merchant_id: input.merchant_id,
    })
    const record = await service.createFeeConfigurationChanges({
      kind: "payment_override",
      currency_code: input.currency,
      actor_id: input.actor_id ?? "workflow",
      actor_type: input.actor_type ?? "system",
      before: null,
      after: null,
      payment_intent_id: input.payment_intent_id,
      stripe_account_id: input.stripe_account_id,
      merchant_id: input.merchant_id,
      amount: input.amount,
      application_fee_amount: input.application_fee_amount,
      configured_fee: configured.fee,
      request_id: input.request_id ?? null,
    })
    return new StepResponse(record, record.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.deleteFeeConfigurationChanges(id)
  }
)
