import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { StripeConnectError } from "../../../../../../modules/stripe-connect/errors/stripe-connect-error"
import { DISPUTE_EVIDENCE_ALIASES, evidenceLockReason } from "../../../../../../modules/stripe-connect/disputes"
import { STRIPE_CONNECT_MODULE } from "../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../modules/stripe-connect/service"
import { submitDisputeEvidenceWorkflow } from "../../../../../../workflows/disputes"
import { type DisputeDocument } from "../../../../../../shared/types/disputes"
import { loadScopedDispute } from "../../helpers"
import type { AdminSubmitDisputeEvidenceType } from "../../validators"
import { toDisputeDocument } from "../../serializers"

/**
 * Submit dispute evidence (docs/api.md#submit-dispute-evidence). Without `submit` the evidence is staged at Stripe and
 * stays editable; with `submit: true` it is final. Once submitted, once Stripe reviews or decided the dispute, or past
 * `evidence_due_by`, further edits are a 400 that says which.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminSubmitDisputeEvidenceType>,
  res: MedusaResponse<DisputeDocument>
) => {
  const dispute = await loadScopedDispute(req, req.params.dispute_id)
  const locked = evidenceLockReason(dispute, new Date())
  if (locked) {
    throw new StripeConnectError("invalid_request", locked, { param: "evidence" })
  }
  const evidence: Record<string, string> = {}
  const uploads: { field: string; filename: string; content_type: string; data_base64: string }[] = []
  for (const [field, value] of Object.entries(req.validatedBody.evidence)) {
    const name = DISPUTE_EVIDENCE_ALIASES[field] ?? field
    if (typeof value === "string") {
      evidence[name] = value
    } else {
      uploads.push({ field: name, ...value })
    }
  }
  // A dispute on a connected account's own charge is reached with Stripe-Account; the plugin's destination
  // charges are disputed on the platform.
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [payment] = dispute.payment_intent_id
    ? await service.listStripeConnectPayments({ payment_intent_id: dispute.payment_intent_id }, { take: 1 })
    : []
  const stripeAccount = payment ? null : dispute.stripe_account_id
  const { result } = await submitDisputeEvidenceWorkflow(req.scope).run({
    input: {
      dispute_id: dispute.dispute_id,
      evidence,
      uploads,
      submit: req.validatedBody.submit,
      stripe_account: stripeAccount,
    },
  })
  res.json(toDisputeDocument(result.dispute))
}
