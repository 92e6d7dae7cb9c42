import type { TransferDocument } from "../../../shared/types/transfers"

/** A stored transfer row (integer minor units). */
export type StoredTransfer = {
  id: string
  transfer_id: string
  stripe_account_id: string
  merchant_id: string
  order_id: string | null
  source_transaction: string | null
  currency: string
  amount: number
  amount_reversed: number
  description: string | null
  status: string
  arrival_date: string | null
  request_id: string
  metadata: Record<string, unknown> | null
  created_at: Date | string
}

/** The API body of a transfer: spec 000's fields first, then the plugin's additions. */
export function toTransferDocument(row: StoredTransfer): TransferDocument {
  return {
    transfer_id: row.transfer_id,
    amount: row.amount,
    currency: row.currency,
    status: row.status,
    arrival_date: row.arrival_date,
    account_id: row.stripe_account_id,
    amount_reversed: row.amount_reversed,
    description: row.description,
    order_id: row.order_id,
    source_transaction: row.source_transaction,
    metadata: row.metadata,
    created_at: new Date(row.created_at).toISOString(),
  }
}
