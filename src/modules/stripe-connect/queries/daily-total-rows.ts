import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { DailyTotalRow } from "../reports/types"
import type { DailyFigures } from "../../../shared/types/reports"
import type { DailyWindow } from "../reports/daily-window"
import { PAYMENT_TABLE, PAYOUT_TABLE, REFUND_TABLE } from "./record-tables"

export type DailyTotalsScope = {
  /** null: every merchant; otherwise only these merchants' records (an empty list matches nothing). */
  merchantIds: string[] | null
}

/** Refund statuses that moved (or are moving) money back to the customer. */
const COUNTED_REFUND_STATUSES = ["succeeded", "pending"]
/** Payout statuses whose money did not leave the connected account. */
const UNCOUNTED_PAYOUT_STATUSES = ["failed", "canceled"]

const utcDay = (knex: Knex, column: string) => knex.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD')`)

type SumRow = { currency: string; date: string } & Partial<Record<keyof DailyFigures, string | number | null>>

function toRows(sums: SumRow[], series: (keyof DailyFigures)[]): DailyTotalRow[] {
  return sums.flatMap((sum) =>
    series.map((name) => ({ series: name, currency: sum.currency, date: sum.date, amount: Number(sum[name] ?? 0) }))
  )
}

/**
 * Sums the plugin's stored payments, refunds and payouts per currency and UTC day inside the window, in the
 * database (one grouped query per table), narrowed to the caller's merchants.
 */
export async function readDailyTotalRows(
  knex: Knex,
  window: DailyWindow,
  scope: DailyTotalsScope
): Promise<DailyTotalRow[]> {
  if (scope.merchantIds !== null && scope.merchantIds.length === 0) {
    return []
  }
  const merchants = scope.merchantIds

  const payments = knex(PAYMENT_TABLE)
    .select("currency", { date: utcDay(knex, "captured_at") })
    .sum({ gross_volume: "amount_captured", platform_fees: "application_fee_collected" })
    .whereNull("deleted_at")
    .where("captured_at", ">=", window.start)
    .where("captured_at", "<", window.end)
    .modify((query) => (merchants ? query.whereIn("merchant_id", merchants) : query))
    .groupBy("currency", "date")

  const refunds = knex({ r: REFUND_TABLE })
    .join({ p: PAYMENT_TABLE }, "p.id", "r.payment_id")
    .select("r.currency as currency", { date: utcDay(knex, "r.created_at") })
    .sum({ refunds: "r.amount", platform_fees_refunded: "r.application_fee_refunded" })
    .whereNull("r.deleted_at")
    .whereIn("r.status", COUNTED_REFUND_STATUSES)
    .where("r.created_at", ">=", window.start)
    .where("r.created_at", "<", window.end)
    .modify((query) => (merchants ? query.whereIn("p.merchant_id", merchants) : query))
    .groupBy("r.currency", "date")

  const payouts = knex(PAYOUT_TABLE)
    .select("currency", { date: utcDay(knex, "created_at") })
    .sum({ payouts: "amount" })
    .whereNull("deleted_at")
    .whereNotIn("status", UNCOUNTED_PAYOUT_STATUSES)
    .where("created_at", ">=", window.start)
    .where("created_at", "<", window.end)
    .modify((query) => (merchants ? query.whereIn("merchant_id", merchants) : query))
    .groupBy("currency", "date")

  const [paymentSums, refundSums, payoutSums] = (await Promise.all([payments, refunds, payouts])) as SumRow[][]
  return [
    ...toRows(paymentSums, ["gross_volume", "platform_fees"]),
    ...toRows(refundSums, ["refunds", "platform_fees_refunded"]),
    ...toRows(payoutSums, ["payouts"]),
  ]
}
