import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { captureStripePaymentWorkflow } from "../../../../../../workflows/payments"
import type { PaymentDocument } from "../../../../../../shared/types/payments"
import { loadScopedDestinationPayment, paymentAuditTarget } from "../../helpers"
import type { AdminCaptureStripePaymentType } from "../../validators"
import { toPaymentDocument } from "../../serializers"
import { withAuditEntry } from "../../../../../utils/audit/with-audit-entry"

/**
 * Capture payment (docs/api.md#capture-payment; `:id` is the payment intent id). Answers the payment as stored after
 * the capture.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCaptureStripePaymentType>,
  res: MedusaResponse<PaymentDocument>
) => {
  const payment = await loadScopedDestinationPayment(req, req.params.id)
  const capture = captureStripePaymentWorkflow(req.scope).run({
    input: {
      payment_id: payment.id,
      payment_intent_id: payment.payment_intent_id,
      stripe_account_id: payment.stripe_account_id,
      application_fee_amount: payment.application_fee_amount,
      amount_to_capture: req.validatedBody.amount_to_capture,
    },
  })
  const { result } = await withAuditEntry(
    req,
    { ...paymentAuditTarget(payment), action: "payment.capture", amount: req.validatedBody.amount_to_capture ?? null },
    capture,
    ({ result }) => ({ amount: result.amount_captured })
  )
  res.json(toPaymentDocument(result))
}
