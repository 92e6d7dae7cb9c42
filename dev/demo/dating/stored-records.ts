import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { DatedTable, StoredRecord } from "./record-dates"

/** Each dated table and the column holding its Stripe object's id. */
const STRIPE_ID_COLUMNS: Record<DatedTable, string> = {
  stripe_connect_payment: "payment_intent_id",
  stripe_connect_refund: "refund_id",
  stripe_connect_payout: "payout_id",
  stripe_connect_transfer: "transfer_id",
}

type Row = { id: string; stripe_id: string; stripe_account_id?: string; created_at: Date; captured_at?: Date | null }

/** The plugin's live payments, refunds, payouts and transfers, and the connected accounts holding the payouts. */
export async function readStoredRecords(knex: Knex): Promise<{ records: StoredRecord[]; payoutAccounts: string[] }> {
  const records: StoredRecord[] = []
  const payoutAccounts = new Set<string>()
  for (const [table, stripeIdColumn] of Object.entries(STRIPE_ID_COLUMNS) as [DatedTable, string][]) {
    const columns = ["id", `${stripeIdColumn} as stripe_id`, "created_at"]
    if (table === "stripe_connect_payment") columns.push("captured_at")
    if (table === "stripe_connect_payout") columns.push("stripe_account_id")
    const rows: Row[] = await knex(table).select(columns).whereNull("deleted_at")
    for (const { stripe_account_id, ...row } of rows) {
      records.push({ table, ...row })
      if (stripe_account_id) payoutAccounts.add(stripe_account_id)
    }
  }
  return { records, payoutAccounts: [...payoutAccounts] }
}
