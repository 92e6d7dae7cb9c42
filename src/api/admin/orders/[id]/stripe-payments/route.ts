import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { assertOrderInScope, orderNotFound } from "../../../../utils/scoped-order"
import type { PaymentDocument } from "../../../../../shared/types/payments"
import { listScopedPayments } from "../../../stripe-connect/payments/helpers"
import type { AdminGetStripePaymentsParamsType } from "../../../stripe-connect/payments/validators"
import { toPaymentDocument } from "../../../stripe-connect/payments/serializers"

type PaymentList = { data: PaymentDocument[]; count: number; offset: number; limit: number }

/** The plugin payments of one Medusa order (for the order page widget), newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripePaymentsParamsType>,
  res: MedusaResponse<PaymentList>
) => {
  await assertOrderInScope(req, req.params.id, orderNotFound(req.params.id))
  const { skip = 0, take = 50 } = req.queryConfig.pagination
  const { payments, count } = await listScopedPayments(
    req,
    { ...req.validatedQuery, order_id: req.params.id },
    { skip, take }
  )
  res.json({ data: payments.map(toPaymentDocument), count, offset: skip, limit: take })
}
