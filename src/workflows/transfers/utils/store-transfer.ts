import type Stripe from "stripe"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { toIsoDate, transferStatus } from "../../../modules/stripe-connect/transfers"
import type { TransferRow } from "../../../modules/stripe-connect/types"

/** What the local record of a transfer needs beside Stripe's transfer (kept on its intent for recovery). */
export type TransferRecordContext = {
  merchant_id: string
  order_id?: string | null
  request_id: string
  created_by?: string | null
}

/**
 * Stores a transfer made at Stripe, or answers the stored row (the transfer id is unique: the request and the
 * recovery of the same transfer may both store it). `inserted` says whether this call wrote the row.
 */
export async function storeTransfer(
  service: StripeConnectModuleService,
  transfer: Stripe.Transfer,
  availableOn: number | null,
  context: TransferRecordContext
): Promise<{ row: TransferRow; inserted: boolean }> {
  const destination = typeof transfer.destination === "string" ? transfer.destination : (transfer.destination?.id ?? "")
  return await service.createTransferOrFindStored({
    transfer_id: transfer.id,
    stripe_account_id: destination,
    merchant_id: context.merchant_id,
    order_id: context.order_id ?? null,
    source_transaction:
      typeof transfer.source_transaction === "string"
        ? transfer.source_transaction
        : (transfer.source_transaction?.id ?? null),
    currency: transfer.currency,
    amount: transfer.amount,
    amount_reversed: transfer.amount_reversed,
    description: transfer.description ?? null,
    status: transferStatus({
      amount: transfer.amount,
      amount_reversed: transfer.amount_reversed,
      available_on: availableOn,
      now: Math.floor(Date.now() / 1000),
    }),
    arrival_date: toIsoDate(availableOn ?? transfer.created),
    request_id: context.request_id,
    created_by: context.created_by ?? null,
    metadata: transfer.metadata ?? null,
  })
}
