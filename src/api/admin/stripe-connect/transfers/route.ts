import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createStripeTransferWorkflow } from "../../../../workflows/transfers"
import type { CreateTransferResponse, TransferDocument } from "../../../../shared/types/transfers"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { loadScopedAccount } from "../accounts/helpers"
import { requestIdOf } from "../../../utils/request-id"
import { assertTransferSourceInScope, chargeOfOrder, listScopedTransfers } from "./helpers"
import { assertOrderInScope, orderIdNotFound } from "../../../utils/scoped-order"
import type { AdminCreateStripeTransferType, AdminGetStripeTransfersParamsType } from "./validators"
import { toTransferDocument } from "./serializers"
import { withAuditEntry } from "../../../utils/audit/with-audit-entry"
import { listPage, listBody, type ListBody } from "../../../utils/list-params"

type TransferList = ListBody<TransferDocument>

/** Stored transfers, newest first; filters `account_id`, `order_id`, `created_after`, `created_before`. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStripeTransfersParamsType>,
  res: MedusaResponse<TransferList>
) => {
  const page = listPage(req)
  const { transfers, count } = await listScopedTransfers(req, req.validatedQuery, page)
  res.json(listBody(transfers.map(toTransferDocument), count, page))
}

/**
 * Create transfer (docs/api.md#create-transfer). A client that repeats the request with the same `Idempotency-Key`
 * header gets the same transfer; nothing is transferred twice.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateStripeTransferType>,
  res: MedusaResponse<CreateTransferResponse>
) => {
  const body = req.validatedBody
  const account = await loadScopedAccount(req, body.account_id)
  const capabilities = (account.capabilities ?? {}) as Record<string, unknown>
  if (capabilities.transfers !== "active") {
    throw new StripeConnectError(
      "account_not_onboarded",
      `Connected account ${body.account_id} cannot receive transfers yet: its transfers capability is ${String(capabilities.transfers ?? "not requested")}`
    )
  }
  if (body.order_id) {
    await assertOrderInScope(req, body.order_id, orderIdNotFound(body.order_id))
  }
  const sourceTransaction = body.order_id ? await chargeOfOrder(req, body.order_id) : body.source_transaction
  await assertTransferSourceInScope(req, account.merchant_id, sourceTransaction)
  const creation = createStripeTransferWorkflow(req.scope).run({
    input: {
      account_id: body.account_id,
      merchant_id: account.merchant_id,
      amount: body.amount,
      currency: body.currency,
      description: body.description,
      metadata: body.metadata,
      source_transaction: sourceTransaction,
      order_id: body.order_id,
      request_id: requestIdOf(req),
      actor_id: req.auth_context.actor_id,
    },
  })
  const { result } = await withAuditEntry(
    req,
    {
      action: "transfer.create",
      resource_type: "transfer",
      merchant_id: account.merchant_id,
      account_id: body.account_id,
      amount: body.amount,
      currency: body.currency,
    },
    creation,
    ({ result }) => ({ resource_id: result.transfer.transfer_id })
  )
  const { transfer } = result
  res.json({
    transfer_id: transfer.transfer_id,
    amount: transfer.amount,
    currency: transfer.currency,
    status: transfer.status,
    arrival_date: transfer.arrival_date,
  })
}
