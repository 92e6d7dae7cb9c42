import type Stripe from "stripe"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"

export type UpdateStripeDisputeEvidenceStepInput = {
  dispute_id: string
  evidence: Record<string, string>
  submit: boolean
  stripe_account?: string | null
}

/** Written out so the package's declarations name Stripe's types through its public namespace. */
type UpdateStripeDisputeEvidenceStepFunction = StepFunction<UpdateStripeDisputeEvidenceStepInput, Stripe.Dispute>

export const updateStripeDisputeEvidenceStepId = "update-stripe-connect-dispute-evidence"

/**
 * This step sends evidence to Stripe, staging it (`submit=false`, still editable) or submitting it
 * (`submit=true`, final). The key `stripe-connect:dispute-evidence:<dp>:<hash of evidence and submit>` makes a
 * retry harmless. Compensation restores the evidence Stripe held before when it was only staged; a submission
 * cannot be taken back.
 */
export const updateStripeDisputeEvidenceStep: UpdateStripeDisputeEvidenceStepFunction = createStep(
  updateStripeDisputeEvidenceStepId,
  async (input: UpdateStripeDisputeEvidenceStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const before = await gateway.disputes.retrieve(input.dispute_id, input.stripe_account)
    const dispute = await gateway.disputes.update(
      input.dispute_id,
      { evidence: input.evidence as Stripe.DisputeUpdateParams.Evidence, submit: input.submit },
      input.stripe_account,
      stripeIdempotencyKeys.disputeEvidence(input.dispute_id, input.evidence, input.submit)
    )
    const previous: Record<string, string> = {}
    const held = before.evidence as unknown as Record<string, string | null>
    for (const field of Object.keys(input.evidence)) {
      previous[field] = held[field] ?? ""
    }
    return new StepResponse(
      dispute,
      input.submit
        ? undefined
        : { dispute_id: input.dispute_id, evidence: previous, stripe_account: input.stripe_account ?? null }
    )
  },
  async (
    compensation: { dispute_id: string; evidence: Record<string, string>; stripe_account: string | null } | undefined,
    { container }
  ) => {
    if (!compensation) {
      return
    }
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    await gateway.disputes.update(
      compensation.dispute_id,
      { evidence: compensation.evidence as Stripe.DisputeUpdateParams.Evidence },
      compensation.stripe_account,
      stripeIdempotencyKeys.restoreDisputeEvidence(compensation.dispute_id, compensation.evidence)
    )
  }
)
