import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LedgerCursorPosition, LedgerLine } from "../ledger/ledger-line"
import { newEntityIds } from "../webhooks/entity-ids"

const LINE_TABLE = "stripe_connect_balance_transaction"
const CURSOR_TABLE = "stripe_connect_ledger_cursor"

/** Stores lines in one statement; a line stored already (same Stripe id) is skipped. Answers how many were new. */
export async function insertLedgerLines(knex: Knex, lines: LedgerLine[]): Promise<number> {
  if (!lines.length) {
    return 0
  }
  const ids = newEntityIds("scbt", lines.length)
  const inserted = await knex(LINE_TABLE)
    .insert(lines.map((line, i) => ({ ...line, id: ids[i] })))
    .onConflict(knex.raw(`("balance_transaction_id") where deleted_at is null`))
    .ignore()
    .returning("id")
  return inserted.length
}

/** Marks these lines as settled by `payoutId`; answers how many changed. */
export async function attributeLedgerLinesToPayout(
  knex: Knex,
  payoutId: string,
  balanceTransactionIds: string[]
): Promise<number> {
  if (!balanceTransactionIds.length) {
    return 0
  }
  return await knex(LINE_TABLE)
    .update({ payout_id: payoutId, updated_at: knex.fn.now() })
    .whereIn("balance_transaction_id", balanceTransactionIds)
    .where((query) => query.whereNull("payout_id").orWhereNot("payout_id", payoutId))
}

/** Where the sync of one balance stopped, or null before its first catch-up. */
export async function readLedgerCursor(knex: Knex, scope: string): Promise<LedgerCursorPosition | null> {
  const row = await knex(CURSOR_TABLE)
    .first("last_created", "last_balance_transaction_id")
    .where({ scope })
    .whereNull("deleted_at")
  if (!row?.last_created || !row.last_balance_transaction_id) {
    return null
  }
  return { created: new Date(row.last_created), balance_transaction_id: row.last_balance_transaction_id }
}

/**
 * Moves one balance's cursor to `newest` (or only stamps `synced_at` when nothing was listed). It never moves
 * back: two catch-ups that overlap (the job and a payout event) keep the newer position.
 */
export async function advanceLedgerCursor(
  knex: Knex,
  scope: string,
  newest: LedgerCursorPosition | null
): Promise<void> {
  const [id] = newEntityIds("sclc", 1)
  const now = new Date()
  await knex(CURSOR_TABLE)
    .insert({
      id,
      scope,
      last_created: newest?.created ?? null,
      last_balance_transaction_id: newest?.balance_transaction_id ?? null,
      synced_at: now,
    })
    .onConflict(knex.raw(`("scope") where deleted_at is null`))
    .merge({
      synced_at: now,
      updated_at: now,
      last_created: knex.raw(
        `case when ?::timestamptz is not null and (${CURSOR_TABLE}.last_created is null or ?::timestamptz >= ${CURSOR_TABLE}.last_created) then ?::timestamptz else ${CURSOR_TABLE}.last_created end`,
        [newest?.created ?? null, newest?.created ?? null, newest?.created ?? null]
      ),
      last_balance_transaction_id: knex.raw(
        `case when ?::timestamptz is not null and (${CURSOR_TABLE}.last_created is null or ?::timestamptz >= ${CURSOR_TABLE}.last_created) then ? else ${CURSOR_TABLE}.last_balance_transaction_id end`,
        [newest?.created ?? null, newest?.created ?? null, newest?.balance_transaction_id ?? null]
      ),
    })
}
