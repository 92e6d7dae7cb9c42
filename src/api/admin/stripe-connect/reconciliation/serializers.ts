import type { BalanceTransactionRow, ReconciliationMismatchRow } from "../../../../modules/stripe-connect/types"
import type { PayoutSummaryRow } from "../../../../modules/stripe-connect/queries/reconciliation"
import type {
  MatchKind,
  MismatchDocument,
  ReconciledLineDocument,
  ReconciledPayoutDocument,
} from "../../../../shared/types/reconciliation"
import { toBalanceTransactionDocument } from "../balance-transactions/serializers"

/** A ledger line with its match (docs/api.md#payout-lines). */
export function toReconciledLineDocument(row: BalanceTransactionRow): ReconciledLineDocument {
  return {
    ...toBalanceTransactionDocument(row),
    match_kind: (row.match_kind as MatchKind | null) ?? null,
    match_record_id: row.match_record_id ?? null,
    order_id: row.match_order_id ?? null,
  }
}

export function toMismatchDocument(row: ReconciliationMismatchRow): MismatchDocument {
  return {
    id: row.id,
    reason: row.reason,
    state: row.state,
    note: row.note,
    balance_transaction_id: row.balance_transaction_id,
    record_kind: row.record_kind,
    record_id: row.record_id,
    order_id: row.order_id,
    account_id: row.stripe_account_id,
    currency: row.currency,
    expected_amount: row.expected_amount,
    actual_amount: row.actual_amount,
    detected_at: new Date(row.detected_at).toISOString(),
    updated_by: row.updated_by,
  }
}

export function toReconciledPayoutDocument(row: PayoutSummaryRow): ReconciledPayoutDocument {
  const { stripe_account_id, ...figures } = row
  return { ...figures, account_id: stripe_account_id }
}

/** The CSV export's columns, in order (docs/api.md#export-csv). */
export const CSV_COLUMNS = [
  "id",
  "account_id",
  "type",
  "reporting_category",
  "amount",
  "fee",
  "net",
  "currency",
  "source_id",
  "source_type",
  "payout_id",
  "available_on",
  "created",
  "status",
  "match_kind",
  "match_record_id",
  "order_id",
] as const satisfies readonly (keyof ReconciledLineDocument)[]

const csvCell = (value: string | number | null): string => {
  if (value === null) {
    return ""
  }
  const text = String(value)
  // Quote what CSV needs quoted, and neutralise a leading formula character for spreadsheets.
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === "string" ? `'${text}` : text
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** One CSV row (with its line break) of a line. */
export function toCsvRow(line: ReconciledLineDocument): string {
  return CSV_COLUMNS.map((column) => csvCell(line[column] as string | number | null)).join(",") + "\r\n"
}
