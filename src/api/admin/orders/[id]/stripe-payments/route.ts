import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrderVisible, orderNotFound } from "../../../../utils/scoped-order"
import type { PaymentDocument } from "../../../../../shared/types/payments"
import { listScopedPayments } from "../../../stripe-connect/payments/helpers"
import type { AdminGetStripePaymentsParamsType } from "../../../stripe-connect/payments/validators"
import { toPaymentDocument } from "../../../stripe-connect/payments/serializers"
import { listPage, listBody, type ListBody } from "../../../../utils/list-params"

type PaymentList = ListBody<PaymentDocument>

/** The plugin payments of one Medusa order (for the order page widget), newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripePaymentsParamsType>,
  res: MedusaResponse<PaymentList>
) => {
  await assertOrderVisible(req, req.params.id, orderNotFound(req.params.id))
  const page = listPage(req)
  const { payments, count } = await listScopedPayments(req, { ...req.validatedQuery, order_id: req.params.id }, page)
  res.json(listBody(payments.map(toPaymentDocument), count, page))
}
