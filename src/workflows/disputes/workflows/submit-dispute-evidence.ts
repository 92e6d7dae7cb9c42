import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { uploadDisputeFilesStep, type DisputeFileUpload } from "../steps/upload-dispute-files"
import { updateStripeDisputeEvidenceStep } from "../steps/update-stripe-dispute-evidence"
import { upsertDisputeFromStripeStep } from "../steps/upsert-dispute-from-stripe"
import { markPaymentDisputedStep } from "../steps/mark-payment-disputed"

export type SubmitDisputeEvidenceWorkflowInput = {
  dispute_id: string
  /** Text fields and existing Stripe file ids, by Stripe's evidence field names. */
  evidence: Record<string, string>
  /** Files to upload first; their ids fill their fields. */
  uploads: DisputeFileUpload[]
  submit: boolean
  stripe_account?: string | null
}

export const submitDisputeEvidenceWorkflowId = "submit-dispute-evidence"

/**
 * Submit dispute evidence (docs/api.md#submit-dispute-evidence): uploads evidence files, sends the evidence to Stripe
 * (staged, or submitted with `submit`), and stores the dispute with the evidence sent.
 */
export const submitDisputeEvidenceWorkflow = createWorkflow(
  submitDisputeEvidenceWorkflowId,
  (input: SubmitDisputeEvidenceWorkflowInput) => {
    const fileIds = uploadDisputeFilesStep(
      transform({ input }, ({ input }) => ({ uploads: input.uploads, stripe_account: input.stripe_account }))
    )
    const evidence = transform({ input, fileIds }, ({ input, fileIds }) => ({ ...input.evidence, ...fileIds }))
    const dispute = updateStripeDisputeEvidenceStep(
      transform({ input, evidence }, ({ input, evidence }) => ({
        dispute_id: input.dispute_id,
        evidence,
        submit: input.submit,
        stripe_account: input.stripe_account,
      }))
    )
    const stored = upsertDisputeFromStripeStep(
      transform({ input, evidence, dispute }, ({ input, evidence, dispute }) => ({
        dispute,
        event_account: input.stripe_account,
        staged_evidence: evidence,
        submitted: input.submit,
      }))
    )
    markPaymentDisputedStep(
      transform({ stored }, ({ stored }) => ({
        dispute_id: stored.dispute_id,
        payment_intent_id: stored.payment_intent_id,
        status: stored.status,
      }))
    )
    return new WorkflowResponse({ dispute: stored })
  }
)
