import type Stripe from "stripe"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { RefundRow } from "../../../modules/stripe-connect/types"

/** What the local record of a refund needs beside Stripe's refund (kept on its intent for recovery). */
export type RefundRecordContext = {
  payment_id: string
  reason?: string | null
  request_id: string
  created_by?: string | null
  /** The application fee already returned before this refund, so the part this refund returned can be told. */
  fee_refunded_before: number
}

/**
 * Stores a refund Stripe made, or answers the stored row (the refund id is unique: the request and the recovery
 * of the same refund may both store it). `inserted` says whether this call wrote the row.
 */
export async function storeRefund(
  service: StripeConnectModuleService,
  refund: Stripe.Refund,
  applicationFeeRefunded: number,
  context: Omit<RefundRecordContext, "fee_refunded_before">
): Promise<{ row: RefundRow; inserted: boolean }> {
  return await service.createRefundOrFindStored({
    refund_id: refund.id,
    payment_id: context.payment_id,
    amount: refund.amount,
    currency: refund.currency,
    reason: context.reason ?? refund.reason ?? null,
    status: refund.status ?? "pending",
    application_fee_refunded: applicationFeeRefunded,
    request_id: context.request_id,
    created_by: context.created_by ?? null,
  })
}
