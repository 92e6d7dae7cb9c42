import type { TransferDocument } from "../../../../shared/types/transfers"
import type { TransferRow } from "../../../../modules/stripe-connect/types"

/** The API body of a transfer: the documented fields first (docs/api.md#transfers), then the plugin's additions. */
export function toTransferDocument(row: TransferRow): TransferDocument {
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
