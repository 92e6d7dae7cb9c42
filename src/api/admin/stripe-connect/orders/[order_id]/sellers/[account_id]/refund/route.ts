import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../../../../modules/stripe-connect/service"
import type { SellerTransferDocument } from "../../../../../../../../shared/types/seller-transfers"
import { reverseSellerSharesWorkflow } from "../../../../../../../../workflows/seller-transfers/workflows/reverse-seller-shares"
import { requestIdOf } from "../../../../../../../utils/request-id"
import { listScopedOrderSellers, platformLivemode } from "../../../../helpers"
import { toSellerTransferDocument } from "../../../../serializers"
import type { AdminRefundOrderSellerType } from "../../../../validators"

/**
 * Refunds one seller's amount of a multi-seller order and reverses that seller's transfer by its share
 * (docs/api.md#refund-order-seller); the refund is Medusa's refund of the order's payment, so the order shows it. A reversal Stripe refuses answers 200 with the seller's row in
 * `reversal_failed`: the refund was made, the reversal is owed and retried.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRefundOrderSellerType>,
  res: MedusaResponse<{ seller: SellerTransferDocument }>
) => {
  const [row] = await listScopedOrderSellers(req, req.params.order_id, { stripe_account_id: req.params.account_id })
  await reverseSellerSharesWorkflow(req.scope).run({
    input: {
      kind: "seller_refund",
      payment_intent_id: row.payment_intent_id,
      account_id: row.stripe_account_id,
      amount: req.validatedBody.amount,
      request_id: requestIdOf(req),
      created_by: req.auth_context.actor_id,
    },
  })
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  res.json({
    seller: toSellerTransferDocument(
      await service.retrieveStripeConnectSellerTransfer(row.id),
      await platformLivemode(req)
    ),
  })
}
