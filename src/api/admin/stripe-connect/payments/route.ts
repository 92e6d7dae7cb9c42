import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createStripePaymentWorkflow } from "../../../../workflows/payments"
import type { CreatePaymentResponse, PaymentDocument } from "../../../../shared/types/payments"
import { loadScopedAccount } from "../accounts/helpers"
import { requestIdOf } from "../../../utils/request-id"
import { assertOrderOfMerchant } from "../../../../workflows/accounts/utils/assert-order-of-merchant"
import { assertOrderInScope, orderIdNotFound } from "../../../utils/scoped-order"
import { getAccessScope } from "../../../utils/access-scope"
import { assertMayOverrideApplicationFee, listScopedPayments } from "./helpers"
import type { AdminCreateStripePaymentType, AdminGetStripePaymentsParamsType } from "./validators"
import { toPaymentDocument } from "./serializers"
import { withAuditEntry } from "../../../utils/audit/with-audit-entry"
import { listPage, listBody, type ListBody } from "../../../utils/list-params"

type PaymentList = ListBody<PaymentDocument>

/** Stored payments, newest first; filters `account_id`, `order_id`, `status`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripePaymentsParamsType>,
  res: MedusaResponse<PaymentList>
) => {
  const page = listPage(req)
  const { payments, count } = await listScopedPayments(req, req.validatedQuery, page)
  res.json(listBody(payments.map(toPaymentDocument), count, page))
}

/**
 * Create payment (docs/api.md#create-payment): a destination charge to the connected account with the platform's fee.
 * A client that repeats the request with the same `Idempotency-Key` header gets the same payment intent. Only a
 * caller with the `override_application_fee` capability may set `application_fee_amount`; it is kept in the fee audit.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateStripePaymentType>,
  res: MedusaResponse<CreatePaymentResponse>
) => {
  const body = req.validatedBody
  const account = await loadScopedAccount(req, body.account_id)
  if (body.order_id) {
    await assertOrderInScope(req, body.order_id, orderIdNotFound(body.order_id))
    await assertOrderOfMerchant(req.scope, body.order_id, account.merchant_id)
  }
  if (body.application_fee_amount !== undefined) {
    assertMayOverrideApplicationFee(req)
  }
  const { actorId, actorType } = getAccessScope(req)
  const creation = createStripePaymentWorkflow(req.scope).run({
    input: { ...body, request_id: requestIdOf(req), actor_id: actorId, actor_type: actorType },
  })
  const { result } = await withAuditEntry(
    req,
    {
      action: "payment.create",
      resource_type: "payment",
      merchant_id: account.merchant_id,
      account_id: account.stripe_account_id,
      amount: body.amount,
      currency: body.currency,
    },
    creation,
    ({ result }) => ({ resource_id: result.intent.id })
  )
  res.json({
    payment_intent_id: result.intent.id,
    client_secret: result.intent.client_secret,
    status: result.intent.status,
    amount: result.intent.amount,
    application_fee: result.fee.fee,
    destination_amount: result.intent.amount - result.fee.fee,
  })
}
