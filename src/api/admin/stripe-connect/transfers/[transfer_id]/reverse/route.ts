import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reverseStripeTransferWorkflow } from "../../../../../../workflows/transfers"
import type { ReverseTransferResponse } from "../../../../../../shared/types/transfers"
import { requestIdOf } from "../../../../../utils/request-id"
import { loadScopedTransfer } from "../../helpers"
import type { AdminReverseStripeTransferType } from "../../validators"
import { withAuditEntry } from "../../../../../utils/audit/with-audit-entry"

/**
 * Reverse transfer (docs/api.md#reverse-transfer): full (no `amount`) or partial, never more than is not yet reversed.
 * A request repeated with the same `Idempotency-Key` header reverses once.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminReverseStripeTransferType>,
  res: MedusaResponse<ReverseTransferResponse>
) => {
  const stored = await loadScopedTransfer(req, req.params.transfer_id)
  const reversal = reverseStripeTransferWorkflow(req.scope).run({
    input: {
      id: stored.id,
      transfer_id: stored.transfer_id,
      stripe_account_id: stored.stripe_account_id,
      amount: req.validatedBody.amount,
      description: req.validatedBody.description,
      request_id: requestIdOf(req),
    },
  })
  const { result } = await withAuditEntry(
    req,
    {
      action: "transfer.reverse",
      resource_type: "transfer",
      resource_id: stored.transfer_id,
      merchant_id: stored.merchant_id,
      account_id: stored.stripe_account_id,
      amount: req.validatedBody.amount ?? null,
      currency: stored.currency,
    },
    reversal,
    ({ result }) => ({ amount: result.reversal.amount })
  )
  res.json({
    reversal_id: result.reversal.id,
    transfer_id: stored.transfer_id,
    amount: result.reversal.amount,
    currency: result.reversal.currency,
    amount_reversed: result.transfer.amount_reversed,
    status: result.transfer.status,
  })
}
