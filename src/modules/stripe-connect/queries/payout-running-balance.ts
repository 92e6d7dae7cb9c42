import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { BalanceTransactionRow } from "../types"
import type { PayoutPeriodTotals } from "../../../shared/types/payout-running-balance"
import type {
  LedgerPosition,
  PayoutLineFacts,
  PayoutRunningBalanceFacts,
} from "../reconciliation/payout-running-balance"
import { PAYOUT_TABLE } from "./record-tables"

const LINE_TABLE = "stripe_connect_balance_transaction"
/** A payout's own lines: the payout, its cancellation, its failure. Any other line carrying its id was settled by it. */
const PAYOUT_LINE_TYPES = ["payout", "payout_cancel", "payout_failure"]

/** One balance: an account (null for the platform's) in one currency. */
type Balance = { stripe_account_id: string | null; currency: string }

const inBalance = (query: Knex.QueryBuilder, balance: Balance) => {
  query.whereNull("deleted_at").where("currency", balance.currency)
  if (balance.stripe_account_id === null) {
    query.whereNull("stripe_account_id")
  } else {
    query.where("stripe_account_id", balance.stripe_account_id)
  }
  return query
}

/** Lines strictly after `after` and strictly before `before` in the balance's order (created, then Stripe id). */
const between = (query: Knex.QueryBuilder, after: LedgerPosition | null, before: LedgerPosition) => {
  query.whereRaw("(created, balance_transaction_id) < (?, ?)", [before.created, before.balance_transaction_id])
  if (after) {
    query.whereRaw("(created, balance_transaction_id) > (?, ?)", [after.created, after.balance_transaction_id])
  }
  return query
}

/**
 * The payout's own line (type `payout`) in a balance the caller may read (`accounts` null: every balance; otherwise
 * only these connected accounts), with the plugin's payout record and whether Stripe attributed lines to it.
 */
async function readPayoutLine(
  knex: Knex,
  payoutId: string,
  accounts: string[] | null
): Promise<PayoutLineFacts | null> {
  const types = PAYOUT_LINE_TYPES.map(() => "?").join(", ")
  const query = knex(`${LINE_TABLE} as l`)
    .leftJoin(`${PAYOUT_TABLE} as p`, function () {
      this.on("p.payout_id", "=", "l.payout_id").andOnNull("p.deleted_at")
    })
    .first(
      "l.balance_transaction_id",
      "l.payout_id",
      "l.stripe_account_id",
      "l.currency",
      "l.amount",
      "l.fee",
      "l.net",
      "l.created",
      "p.status",
      "p.arrival_date",
      {
        automatic: knex.raw(
          `exists (select 1 from ${LINE_TABLE} s where s.payout_id = l.payout_id and s.deleted_at is null and s.type not in (${types}))`,
          PAYOUT_LINE_TYPES
        ),
      }
    )
    .whereNull("l.deleted_at")
    .where("l.payout_id", payoutId)
    .where("l.type", "payout")
  if (accounts) {
    query.whereIn("l.stripe_account_id", accounts)
  }
  const row = await query
  if (!row) {
    return null
  }
  return {
    balance_transaction_id: row.balance_transaction_id,
    payout_id: row.payout_id,
    stripe_account_id: row.stripe_account_id ?? null,
    currency: row.currency,
    amount: Number(row.amount),
    fee: Number(row.fee),
    net: Number(row.net),
    created: new Date(row.created),
    automatic: Boolean(row.automatic),
    status: row.status ?? null,
    arrival_date: row.arrival_date ?? null,
  }
}

/** The balance's payout line just before `position`, or null when none is. */
async function readPreviousPayoutLine(
  knex: Knex,
  balance: Balance,
  position: LedgerPosition
): Promise<(LedgerPosition & { payout_id: string }) | null> {
  const row = await inBalance(knex(LINE_TABLE), balance)
    .first("payout_id", "balance_transaction_id", "created")
    .where("type", "payout")
    .whereRaw("(created, balance_transaction_id) < (?, ?)", [position.created, position.balance_transaction_id])
    .orderBy([
      { column: "created", order: "desc" },
      { column: "balance_transaction_id", order: "desc" },
    ])
  return row
    ? { payout_id: row.payout_id, balance_transaction_id: row.balance_transaction_id, created: new Date(row.created) }
    : null
}

/** Sum of `net` of the balance's lines up to `position`, that line included. */
async function readBalanceUpTo(knex: Knex, balance: Balance, position: LedgerPosition): Promise<number> {
  const [row] = await inBalance(knex(LINE_TABLE), balance)
    .select({ balance: knex.raw("coalesce(sum(net), 0)::bigint") })
    .whereRaw("(created, balance_transaction_id) <= (?, ?)", [position.created, position.balance_transaction_id])
  return Number(row.balance)
}

/** The period's figures, summed in the database. */
async function readPeriodTotals(
  knex: Knex,
  balance: Balance,
  after: LedgerPosition | null,
  before: LedgerPosition
): Promise<PayoutPeriodTotals> {
  const sumWhere = (condition: string, column = "amount") =>
    knex.raw(`coalesce(sum(case when ${condition} then ${column} else 0 end), 0)::bigint`)
  const [row] = await between(inBalance(knex(LINE_TABLE), balance), after, before).select({
    lines: knex.raw("count(*)"),
    matched: knex.raw("count(match_kind)"),
    gross: sumWhere("reporting_category = 'charge'"),
    fees: sumWhere("true", "fee"),
    refunds: sumWhere("reporting_category in ('refund', 'refund_failure')"),
    disputes: sumWhere("reporting_category in ('dispute', 'dispute_reversal')"),
    transfers: sumWhere("reporting_category in ('transfer', 'transfer_reversal')"),
    net: sumWhere("true", "net"),
  })
  return {
    lines: Number(row.lines),
    matched: Number(row.matched),
    gross: Number(row.gross),
    fees: Number(row.fees),
    refunds: Number(row.refunds),
    disputes: Number(row.disputes),
    transfers: Number(row.transfers),
    net: Number(row.net),
  }
}

/**
 * A payout's running balance (docs/api.md#payout-running-balance): its period is the lines of its balance (account
 * and currency) after the previous payout's line up to its own, in the ledger's order (created, then Stripe id).
 * Answers the figures and one page of the period's lines (newest first), or null when the payout has no line the
 * caller may read.
 */
export async function readPayoutRunningBalance(
  knex: Knex,
  payoutId: string,
  accounts: string[] | null,
  page: { skip: number; take: number }
): Promise<(PayoutRunningBalanceFacts & { lines: BalanceTransactionRow[] }) | null> {
  const payout = await readPayoutLine(knex, payoutId, accounts)
  if (!payout) {
    return null
  }
  const balance = { stripe_account_id: payout.stripe_account_id, currency: payout.currency }
  const previous = await readPreviousPayoutLine(knex, balance, payout)
  const balanceBefore = previous ? await readBalanceUpTo(knex, balance, previous) : 0
  const period = await readPeriodTotals(knex, balance, previous, payout)
  const lines = (await between(inBalance(knex(LINE_TABLE), balance), previous, payout)
    .select("*")
    .orderBy([
      { column: "created", order: "desc" },
      { column: "balance_transaction_id", order: "desc" },
    ])
    .offset(page.skip)
    .limit(page.take)) as BalanceTransactionRow[]
  return { payout, previous, balance_before: balanceBefore, period, lines }
}
