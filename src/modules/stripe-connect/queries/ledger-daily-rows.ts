import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { DailyWindow } from "../reports/daily-window"
import type { LedgerDailyRow } from "../reports/ledger-daily-totals"

const LINE_TABLE = "stripe_connect_balance_transaction"

/** The balances to sum: `accounts` null for every connected account; `platform` for the platform's own. */
export type LedgerBalances = { accounts: string[] | null; platform: boolean }

/** Stripe's reporting categories behind each figure (docs/api.md#ledger-daily-totals). */
const PAYOUT_CATEGORIES = ["payout", "payout_reversal"]

/**
 * Sums the ledger's lines per balance, currency and UTC day of their `created` inside the window, in the database
 * (one grouped query): charges (gross volume), application fees and their refunds, refunds, disputes and payouts
 * as positive amounts moved (a reversal counts against its kind), and the net of every line but payouts.
 */
export async function readLedgerDailyRows(
  knex: Knex,
  window: DailyWindow,
  balances: LedgerBalances
): Promise<LedgerDailyRow[]> {
  const categories = (names: string[]) => names.map(() => "?").join(", ")
  const sum = (sign: "" | "-", names: string[], column = "amount") =>
    knex.raw(
      `${sign}coalesce(sum(case when reporting_category in (${categories(names)}) then ${column} else 0 end), 0)::bigint`,
      names
    )
  const rows = await knex(LINE_TABLE)
    .select(
      { account_id: "stripe_account_id" },
      { currency: knex.raw("lower(currency)") },
      { date: knex.raw(`to_char(created at time zone 'UTC', 'YYYY-MM-DD')`) },
      { gross_volume: sum("", ["charge"]) },
      { platform_fees: sum("", ["platform_earning"]) },
      // A fee refund debits the platform and credits the connected account: on either balance, the fee returned.
      { platform_fees_refunded: sum("", ["platform_earning_refund"], "abs(amount)") },
      { refunds: sum("-", ["refund", "refund_failure"]) },
      { disputes: sum("-", ["dispute", "dispute_reversal"]) },
      {
        net: knex.raw(
          `coalesce(sum(case when reporting_category in (${categories(PAYOUT_CATEGORIES)}) then 0 else net end), 0)::bigint`,
          PAYOUT_CATEGORIES
        ),
      },
      { payouts: sum("-", PAYOUT_CATEGORIES) }
    )
    .whereNull("deleted_at")
    .where("created", ">=", window.start)
    .where("created", "<", window.end)
    .modify((query) => {
      const { accounts, platform } = balances
      if (accounts === null && platform) {
        return
      }
      query.where((scoped) => {
        if (accounts === null) {
          scoped.whereNotNull("stripe_account_id")
        } else {
          scoped.whereIn("stripe_account_id", accounts)
        }
        if (platform) {
          scoped.orWhereNull("stripe_account_id")
        }
      })
    })
    .groupByRaw("1, 2, 3")
  return (rows as Record<string, unknown>[]).map((row) => ({
    account_id: (row.account_id as string | null) ?? null,
    currency: String(row.currency),
    date: String(row.date),
    gross_volume: Number(row.gross_volume),
    platform_fees: Number(row.platform_fees),
    platform_fees_refunded: Number(row.platform_fees_refunded),
    refunds: Number(row.refunds),
    disputes: Number(row.disputes),
    net: Number(row.net),
    payouts: Number(row.payouts),
  }))
}
