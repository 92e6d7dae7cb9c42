import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { PaymentDocument } from "../../../../../shared/types/payments"
import { loadScopedPayment } from "../helpers"
import { toPaymentDocument } from "../serializers"

/** One payment (by `pi_...` or `scpay_...`) with amounts captured, refunded, fee kept and fee refunded, and its refunds. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<PaymentDocument>) => {
  const payment = await loadScopedPayment(req, req.params.id, { withRefunds: true })
  res.json(toPaymentDocument(payment))
}
