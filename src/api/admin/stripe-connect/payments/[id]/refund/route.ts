import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../modules/stripe-connect/service"
import { refundStripePaymentWorkflow } from "../../../../../../workflows/payments"
import type { RefundPaymentResponse } from "../../../../../../shared/types/payments"
import { requestIdOf } from "../../../../../utils/request-id"
import { loadScopedDestinationPayment, paymentAuditTarget } from "../../helpers"
import type { AdminRefundStripePaymentType } from "../../validators"
import { withAuditEntry } from "../../../../../utils/audit/with-audit-entry"

/**
 * Refund payment (docs/api.md#refund-payment; `:id` is the payment intent id). A request repeated with the same
 * `Idempotency-Key` header answers the refund it made the first time and refunds nothing more.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRefundStripePaymentType>,
  res: MedusaResponse<RefundPaymentResponse>
) => {
  const payment = await loadScopedDestinationPayment(req, req.params.id)
  const requestId = requestIdOf(req)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [already] = await service.listStripeConnectRefunds(
    { payment_id: payment.id, request_id: requestId },
    { take: 1 }
  )
  if (already) {
    return res.json({
      refund_id: already.refund_id,
      amount: already.amount,
      status: already.status,
      application_fee_refunded: already.application_fee_refunded,
    })
  }
  const refund = refundStripePaymentWorkflow(req.scope).run({
    input: {
      payment_id: payment.id,
      payment_intent_id: payment.payment_intent_id,
      stripe_account_id: payment.stripe_account_id,
      amount: req.validatedBody.amount,
      reason: req.validatedBody.reason,
      refund_application_fee: req.validatedBody.refund_application_fee,
      request_id: requestId,
      actor_id: req.auth_context.actor_id,
    },
  })
  const { result } = await withAuditEntry(
    req,
    { ...paymentAuditTarget(payment), action: "payment.refund", amount: req.validatedBody.amount ?? null },
    refund,
    ({ result }) => ({ amount: result.refund.amount })
  )
  res.json({
    refund_id: result.refund.refund_id,
    amount: result.refund.amount,
    status: result.refund.status,
    application_fee_refunded: result.refund.application_fee_refunded,
  })
}
