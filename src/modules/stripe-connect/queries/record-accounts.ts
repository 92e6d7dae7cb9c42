import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { StripeConnectPayLink } from "../models"
import { PAYMENT_TABLE, PAYOUT_TABLE, tableOf } from "./record-tables"

/** Which columns of which table hold a Stripe object id, for every record that names its Stripe account. */
const STRIPE_ID_COLUMNS: { table: string; columns: string[] }[] = [
  { table: PAYMENT_TABLE, columns: ["payment_intent_id", "latest_charge_id"] },
  { table: tableOf("dispute"), columns: ["dispute_id", "payment_intent_id", "charge_id"] },
  { table: PAYOUT_TABLE, columns: ["payout_id"] },
  { table: tableOf("transfer"), columns: ["transfer_id"] },
  { table: tableOf("invoice"), columns: ["stripe_invoice_id", "stripe_payment_intent_id", "stripe_charge_id"] },
  { table: StripeConnectPayLink.parse().tableName, columns: ["checkout_session_id", "stripe_payment_intent_id"] },
]

/**
 * The Stripe account of every stored record that names one of these Stripe object ids (payments, disputes,
 * payouts, transfers, invoices, pay links), in one statement: one row per record and id.
 */
export async function readRecordAccounts(knex: Knex, stripeIds: string[]): Promise<{ id: string; account: string }[]> {
  if (!stripeIds.length) {
    return []
  }
  const selects = STRIPE_ID_COLUMNS.flatMap(({ table, columns }) =>
    columns.map(
      (column) =>
        `SELECT "${column}" AS id, stripe_account_id AS account FROM "${table}"
          WHERE "${column}" = ANY(?::text[]) AND stripe_account_id IS NOT NULL AND deleted_at IS NULL`
    )
  )
  const result = await knex.raw<{ rows: { id: string; account: string }[] }>(
    selects.join("\nUNION ALL\n"),
    selects.map(() => stripeIds)
  )
  return result.rows
}
