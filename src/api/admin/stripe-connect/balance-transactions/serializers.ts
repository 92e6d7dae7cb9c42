import type { BalanceTransactionDocument } from "../../../../shared/types/reconciliation"
import type { BalanceTransactionRow } from "../../../../modules/stripe-connect/types"

/** The API body of a ledger line (docs/api.md#list-balance-transactions). */
export function toBalanceTransactionDocument(row: BalanceTransactionRow): BalanceTransactionDocument {
  return {
    id: row.balance_transaction_id,
    account_id: row.stripe_account_id,
    type: row.type,
    reporting_category: row.reporting_category,
    amount: row.amount,
    fee: row.fee,
    net: row.net,
    currency: row.currency,
    exchange_rate: row.exchange_rate,
    source_id: row.source_id,
    source_type: row.source_type,
    payout_id: row.payout_id,
    available_on: new Date(row.available_on).toISOString(),
    created: new Date(row.created).toISOString(),
    status: row.status,
  }
}
