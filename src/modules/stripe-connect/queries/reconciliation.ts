import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { LookupKeys } from "../reconciliation/lookup-keys"
import type { LineMatch, MatchableLine, MatchContext, MismatchCandidate, PaymentFacts } from "../reconciliation/types"
import type { RecordWithoutLine } from "../reconciliation/mismatch-candidate"
import type { SeparateChargeFacts, SellerPartFacts } from "../reconciliation/check-separate-charge"
import type { TrailLine, TrailPayment, TrailPayout, TrailSellerPart } from "../reconciliation/build-money-trail"
import { newEntityIds } from "../webhooks/entity-ids"
import type { FeeBasis, FeeConfigurationDocument } from "../../../shared/types/fees"
import {
  configuredPaymentFee,
  configuredSellerFee,
  type FeeConfigurationVersions,
} from "../reconciliation/configured-fee"
import { PAYMENT_TABLE, PAYOUT_TABLE, REFUND_TABLE } from "./record-tables"
import type { ReconciledPayoutDocument } from "../../../shared/types/reconciliation"

const LINE_TABLE = "stripe_connect_balance_transaction"
const MISMATCH_TABLE = "stripe_connect_reconciliation_mismatch"
const TRANSFER_TABLE = "stripe_connect_transfer"
const DISPUTE_TABLE = "stripe_connect_dispute"
const SELLER_TRANSFER_TABLE = "stripe_connect_seller_transfer"
const FEE_CHANGE_TABLE = "stripe_connect_fee_configuration_change"

/**
 * The fee configuration versions these fee bases name (the fee audit's `after` documents, by entry id). A deleted
 * entry is still read: it is what the fee was decided from.
 */
async function readFeeConfigurationVersions(
  knex: Knex,
  bases: (FeeBasis | null | undefined)[]
): Promise<FeeConfigurationVersions> {
  const ids = [...new Set(bases.map((basis) => basis?.configuration_change_id).filter((id): id is string => !!id))]
  if (!ids.length) {
    return new Map()
  }
  const rows = (await knex(FEE_CHANGE_TABLE)
    .select("id", "after")
    .where("kind", "configuration")
    .whereIn("id", ids)) as { id: string; after: FeeConfigurationDocument | null }[]
  return new Map(rows.flatMap((row) => (row.after ? [[row.id, row.after] as const] : [])))
}

/** A stored line the matching reads, with its row id (the page cursor). */
export type UnmatchedLine = MatchableLine & { id: string }

/** Mismatch reasons about a line that disappear once the line is explained (its record was written late). */
const EXPLAINED_BY_A_MATCH = ["unknown_charge", "refund_not_recorded"]

/** One page of a balance's lines nothing explains yet (new, or unexplained last time), after row id `afterId`. */
export async function readUnmatchedLines(
  knex: Knex,
  accountId: string | null,
  afterId: string | null,
  limit: number
): Promise<UnmatchedLine[]> {
  const query = knex(LINE_TABLE)
    .select(
      "id",
      "balance_transaction_id",
      "stripe_account_id",
      "type",
      "amount",
      "currency",
      "source_id",
      "source_type",
      "source_link_id"
    )
    .whereNull("deleted_at")
    .whereNull("match_kind")
    .orderBy("id", "asc")
    .limit(limit)
  if (accountId) {
    query.where("stripe_account_id", accountId)
  } else {
    query.whereNull("stripe_account_id")
  }
  if (afterId) {
    query.where("id", ">", afterId)
  }
  return (await query) as UnmatchedLine[]
}

const toPaymentFacts = (row: Record<string, unknown>): PaymentFacts => ({
  id: String(row.id),
  order_id: (row.order_id as string | null) ?? null,
  amount: Number(row.amount),
  amount_captured: Number(row.amount_captured),
  application_fee_amount: Number(row.application_fee_amount),
})

/**
 * Reads the records that may explain lines naming `keys`: the platform's transfer and reversal lines first (a
 * connected account's line leads back through them to the platform's charge), then payments, refunds, transfers,
 * disputes and payouts, each in one query.
 */
export async function readMatchContext(knex: Knex, keys: LookupKeys): Promise<MatchContext> {
  const ctx: MatchContext = {
    paymentsByCharge: new Map(),
    paymentsByIntent: new Map(),
    paymentsByApplicationFee: new Map(),
    refunds: new Map(),
    transfers: new Map(),
    sellerTransfers: new Map(),
    disputes: new Map(),
    payouts: new Map(),
    chargeOfTransfer: new Map(),
    transferOfReversal: new Map(),
  }
  const platformLinks = async (sourceIds: Set<string>) =>
    sourceIds.size
      ? ((await knex(LINE_TABLE)
          .select("source_id", "source_link_id")
          .whereNull("deleted_at")
          .whereNull("stripe_account_id")
          .whereIn("source_id", [...sourceIds])
          .whereNotNull("source_link_id")) as { source_id: string; source_link_id: string }[])
      : []
  for (const row of await platformLinks(keys.reversals)) {
    ctx.transferOfReversal.set(row.source_id, row.source_link_id)
    keys.transfers.add(row.source_link_id)
  }
  for (const row of await platformLinks(keys.transfers)) {
    ctx.chargeOfTransfer.set(row.source_id, row.source_link_id)
    keys.charges.add(row.source_link_id)
  }

  if (keys.charges.size || keys.intents.size || keys.applicationFees.size) {
    const payments = await knex(PAYMENT_TABLE)
      .select(
        "id",
        "order_id",
        "amount",
        "amount_captured",
        "application_fee_amount",
        "amount_refunded",
        "split",
        "latest_charge_id",
        "payment_intent_id",
        "application_fee_id",
        "merchant_id",
        "currency",
        "fee_basis"
      )
      .whereNull("deleted_at")
      .where((query) =>
        query
          .whereIn("latest_charge_id", [...keys.charges])
          .orWhereIn("payment_intent_id", [...keys.intents, ...keys.charges])
          .orWhereIn("application_fee_id", [...keys.applicationFees])
      )
    const splitIntents = payments.filter((row) => row.split === "separate_charges").map((row) => row.payment_intent_id)
    const splitRefunded = new Map<string, number>()
    if (splitIntents.length) {
      const sums = (await knex(SELLER_TRANSFER_TABLE)
        .select("payment_intent_id")
        .sum({ refunded: "refunded_amount" })
        .whereNull("deleted_at")
        .whereIn("payment_intent_id", splitIntents)
        .groupBy("payment_intent_id")) as { payment_intent_id: string; refunded: string | number }[]
      for (const sum of sums) splitRefunded.set(sum.payment_intent_id, Number(sum.refunded))
    }
    const versions = await readFeeConfigurationVersions(
      knex,
      payments.map((row) => row.fee_basis as FeeBasis | null)
    )
    for (const row of payments) {
      const facts: PaymentFacts = {
        ...toPaymentFacts(row),
        configured_fee: configuredPaymentFee(
          {
            amount: Number(row.amount),
            currency: String(row.currency),
            merchant_id: (row.merchant_id as string | null) ?? null,
            fee_basis: (row.fee_basis as FeeBasis | null) ?? null,
          },
          versions
        ),
        amount_refunded: Number(row.amount_refunded),
        ...(row.split === "separate_charges" ? { split_refunded: splitRefunded.get(row.payment_intent_id) ?? 0 } : {}),
      }
      if (row.latest_charge_id) ctx.paymentsByCharge.set(row.latest_charge_id, facts)
      ctx.paymentsByIntent.set(row.payment_intent_id, facts)
      if (row.application_fee_id) ctx.paymentsByApplicationFee.set(row.application_fee_id, facts)
    }
  }
  if (keys.refunds.size) {
    const refunds = await knex(`${REFUND_TABLE} as r`)
      .leftJoin(`${PAYMENT_TABLE} as p`, "p.id", "r.payment_id")
      .select("r.id", "r.refund_id", "r.amount", "p.order_id")
      .whereNull("r.deleted_at")
      .whereIn("r.refund_id", [...keys.refunds])
    for (const row of refunds) {
      ctx.refunds.set(row.refund_id, { id: row.id, amount: Number(row.amount), order_id: row.order_id ?? null })
    }
  }
  if (keys.transfers.size) {
    const transfers = await knex(TRANSFER_TABLE)
      .select("id", "transfer_id", "amount", "order_id")
      .whereNull("deleted_at")
      .whereIn("transfer_id", [...keys.transfers])
    for (const row of transfers) {
      ctx.transfers.set(row.transfer_id, { id: row.id, amount: Number(row.amount), order_id: row.order_id ?? null })
    }
    const sellers = await knex(SELLER_TRANSFER_TABLE)
      .select("id", "order_id", "stripe_account_id", "transfer_amount", "transfer_id", "restore_transfer_id")
      .whereNull("deleted_at")
      .where((query) =>
        query.whereIn("transfer_id", [...keys.transfers]).orWhereIn("restore_transfer_id", [...keys.transfers])
      )
    for (const row of sellers) {
      const facts = {
        id: String(row.id),
        order_id: row.order_id ?? null,
        stripe_account_id: String(row.stripe_account_id),
        transfer_amount: Number(row.transfer_amount),
      }
      if (row.transfer_id) ctx.sellerTransfers.set(row.transfer_id, { ...facts, restore: false })
      if (row.restore_transfer_id) ctx.sellerTransfers.set(row.restore_transfer_id, { ...facts, restore: true })
    }
  }
  if (keys.disputes.size) {
    const disputes = await knex(`${DISPUTE_TABLE} as d`)
      .leftJoin(`${PAYMENT_TABLE} as p`, function () {
        this.on("p.payment_intent_id", "=", "d.payment_intent_id").andOnNull("p.deleted_at")
      })
      .select("d.id", "d.dispute_id", "p.order_id")
      .whereNull("d.deleted_at")
      .whereIn("d.dispute_id", [...keys.disputes])
    for (const row of disputes) {
      ctx.disputes.set(row.dispute_id, { id: row.id, order_id: row.order_id ?? null })
    }
  }
  if (keys.payouts.size) {
    const payouts = await knex(PAYOUT_TABLE)
      .select("id", "payout_id")
      .whereNull("deleted_at")
      .whereIn("payout_id", [...keys.payouts])
    for (const row of payouts) {
      ctx.payouts.set(row.payout_id, { id: row.id })
    }
  }
  return ctx
}

/**
 * Writes what explains each line (one statement), and resolves the open "nothing explains this line" mismatches of
 * lines that are explained now (their record was written after the line was first seen).
 */
export async function writeLineMatches(
  knex: Knex,
  matches: { balance_transaction_id: string; match: LineMatch }[]
): Promise<void> {
  if (!matches.length) {
    return
  }
  const values = matches.map(() => "(?, ?, ?, ?)").join(", ")
  const bindings = matches.flatMap(({ balance_transaction_id, match }) => [
    balance_transaction_id,
    match.kind,
    match.record_id,
    match.order_id,
  ])
  await knex.raw(
    `update ${LINE_TABLE} as l set match_kind = v.kind, match_record_id = v.record_id, match_order_id = v.order_id,
       matched_at = now(), updated_at = now()
     from (values ${values}) as v(txn, kind, record_id, order_id)
     where l.balance_transaction_id = v.txn and l.deleted_at is null`,
    bindings
  )
  await knex(MISMATCH_TABLE)
    .update({
      state: "resolved",
      note: "Explained by a record written after the line was first matched",
      updated_at: knex.fn.now(),
    })
    .whereNull("deleted_at")
    .where("state", "open")
    .whereIn("reason", EXPLAINED_BY_A_MATCH)
    .whereIn(
      "balance_transaction_id",
      matches.map((m) => m.balance_transaction_id)
    )
}

/** Stores mismatches; one already stored under the same `dedup_key` is skipped. Answers the new ones' ids and data. */
export async function insertMismatches(
  knex: Knex,
  candidates: MismatchCandidate[]
): Promise<(MismatchCandidate & { id: string })[]> {
  if (!candidates.length) {
    return []
  }
  const unique = [...new Map(candidates.map((candidate) => [candidate.dedup_key, candidate])).values()]
  const ids = newEntityIds("scrm", unique.length)
  const now = new Date()
  const inserted = (await knex(MISMATCH_TABLE)
    .insert(unique.map((candidate, i) => ({ ...candidate, id: ids[i], state: "open", detected_at: now })))
    .onConflict(knex.raw(`("dedup_key") where deleted_at is null`))
    .ignore()
    .returning("dedup_key")) as { dedup_key: string }[]
  const stored = new Set(inserted.map((row) => row.dedup_key))
  return unique.flatMap((candidate, i) => (stored.has(candidate.dedup_key) ? [{ ...candidate, id: ids[i] }] : []))
}

/**
 * The platform's records made before `before` that no platform line names: captured payments (their charge),
 * succeeded refunds and transfers. Bounded by `limit`.
 */
export async function readRecordsWithoutLines(knex: Knex, before: Date, limit: number): Promise<RecordWithoutLine[]> {
  const noLine = (column: string) =>
    knex.raw(
      `not exists (select 1 from ${LINE_TABLE} l where l.source_id = ${column} and l.stripe_account_id is null and l.deleted_at is null)`
    )
  const payments = await knex(`${PAYMENT_TABLE} as p`)
    .select("p.id", "p.order_id", "p.currency", "p.amount_captured as amount")
    .whereNull("p.deleted_at")
    .where("p.amount_captured", ">", 0)
    .whereNotNull("p.latest_charge_id")
    .where("p.captured_at", "<", before)
    .whereRaw(noLine("p.latest_charge_id"))
    .limit(limit)
  const refunds = await knex(`${REFUND_TABLE} as r`)
    .leftJoin(`${PAYMENT_TABLE} as p`, "p.id", "r.payment_id")
    .select("r.id", "p.order_id", "r.currency", "r.amount")
    .whereNull("r.deleted_at")
    .where("r.status", "succeeded")
    .where("r.created_at", "<", before)
    .whereRaw(noLine("r.refund_id"))
    .limit(limit)
  const transfers = await knex(`${TRANSFER_TABLE} as t`)
    .select("t.id", "t.order_id", "t.currency", "t.amount")
    .whereNull("t.deleted_at")
    .where("t.created_at", "<", before)
    .whereRaw(noLine("t.transfer_id"))
    .limit(limit)
  const as =
    (kind: RecordWithoutLine["record_kind"]) =>
    (row: Record<string, unknown>): RecordWithoutLine => ({
      record_kind: kind,
      record_id: String(row.id),
      order_id: (row.order_id as string | null) ?? null,
      stripe_account_id: null,
      currency: String(row.currency),
      amount: Number(row.amount),
    })
  return [...payments.map(as("payment")), ...refunds.map(as("refund")), ...transfers.map(as("transfer"))]
}

/** One payout's figures, as `readPayoutSummaries` answers them: the route's document, keyed by the Stripe account. */
export type PayoutSummaryRow = Omit<ReconciledPayoutDocument, "account_id"> & { stripe_account_id: string | null }

const PAYOUT_LINE_TYPES = ["payout", "payout_cancel", "payout_failure"]

/**
 * The figures of payouts per account and currency, summed in the database from the lines each payout settled
 * (newest payout first): gross charges, Stripe's fees, refunds, disputes, transfers and net of the settled lines,
 * the payout's own amount, its arrival date (from the plugin's payout record), how many lines are matched and
 * how many open mismatches they carry. `accounts` null: every balance; otherwise only these connected accounts.
 */
export async function readPayoutSummaries(
  knex: Knex,
  accounts: string[] | null,
  page: { skip: number; take: number }
): Promise<{ rows: PayoutSummaryRow[]; count: number }> {
  const scoped = (query: Knex.QueryBuilder) => {
    query.whereNull("l.deleted_at").whereNotNull("l.payout_id")
    if (accounts) {
      query.whereIn("l.stripe_account_id", accounts)
    }
    return query
  }
  const types = PAYOUT_LINE_TYPES.map(() => "?").join(", ")
  const settled = `l.type not in (${types})`
  const sumWhere = (condition: string, column = "l.amount") =>
    knex.raw(
      `coalesce(sum(case when ${settled} and ${condition} then ${column} else 0 end), 0)::bigint`,
      PAYOUT_LINE_TYPES
    )
  const rows = await scoped(
    knex(`${LINE_TABLE} as l`)
      .leftJoin(`${PAYOUT_TABLE} as p`, function () {
        this.on("p.payout_id", "=", "l.payout_id").andOnNull("p.deleted_at")
      })
      .leftJoin(`${MISMATCH_TABLE} as m`, function () {
        this.on("m.balance_transaction_id", "=", "l.balance_transaction_id")
          .andOnNull("m.deleted_at")
          .andOnVal("m.state", "=", "open")
      })
      .select(
        "l.payout_id",
        "l.stripe_account_id",
        "l.currency",
        { gross: sumWhere("l.reporting_category = 'charge'") },
        { fees: sumWhere("true", "l.fee") },
        { refunds: sumWhere("l.reporting_category in ('refund', 'refund_failure')") },
        { disputes: sumWhere("l.reporting_category in ('dispute', 'dispute_reversal')") },
        { transfers: sumWhere("l.reporting_category in ('transfer', 'transfer_reversal')") },
        { net: sumWhere("true", "l.net") },
        {
          payout_amount: knex.raw(`coalesce(-sum(case when l.type = 'payout' then l.amount else 0 end), 0)::bigint`),
        },
        { arrival_date: knex.raw("max(p.arrival_date)") },
        { lines: knex.raw(`count(distinct case when ${settled} then l.id end)`, PAYOUT_LINE_TYPES) },
        {
          matched: knex.raw(
            `count(distinct case when ${settled} and l.match_kind is not null then l.id end)`,
            PAYOUT_LINE_TYPES
          ),
        },
        { open_mismatches: knex.raw("count(distinct m.id)") }
      )
  )
    .groupBy("l.payout_id", "l.stripe_account_id", "l.currency")
    .orderByRaw("max(l.created) desc, l.payout_id desc")
    .offset(page.skip)
    .limit(page.take)
  const [{ count }] = (await knex
    .from(scoped(knex(`${LINE_TABLE} as l`).distinct("l.payout_id", "l.stripe_account_id", "l.currency")).as("g"))
    .count({ count: "*" })) as { count: string }[]
  const numbers = [
    "gross",
    "fees",
    "refunds",
    "disputes",
    "transfers",
    "net",
    "payout_amount",
    "lines",
    "matched",
    "open_mismatches",
  ] as const
  return {
    rows: rows.map((row: Record<string, unknown>) => {
      const out = { ...row } as Record<string, unknown>
      for (const key of numbers) out[key] = Number(row[key])
      return out as PayoutSummaryRow
    }),
    count: Number(count),
  }
}

/**
 * Multi-seller charges (`split` "separate_charges") captured before `before` whose charge line the platform's ledger
 * holds and that need a check: never checked, or changed since the last check (`split_checked_at`): the payment
 * (a refund or dispute synchronised from Stripe), one of its sellers' parts (a transfer, reversal, dispute reversal
 * or restore) or a platform transfer line from the charge stored later. Newest first, with their sellers' parts and
 * the platform's transfer lines made from the charge (their `source_link_id` is the charge). Bounded by `limit`.
 */
export async function readSeparateCharges(knex: Knex, before: Date, limit: number): Promise<SeparateChargeFacts[]> {
  const payments = (await knex(`${PAYMENT_TABLE} as p`)
    .join(`${LINE_TABLE} as l`, function () {
      this.on("l.source_id", "=", "p.latest_charge_id").andOnNull("l.stripe_account_id").andOnNull("l.deleted_at")
    })
    .select("p.id", "p.order_id", "p.currency", "p.amount_captured", "p.payment_intent_id", "p.latest_charge_id")
    .select({ charge_line_amount: "l.amount" })
    .whereNull("p.deleted_at")
    .where("p.split", "separate_charges")
    .where("p.amount_captured", ">", 0)
    .where("p.captured_at", "<", before)
    .where((query) =>
      query
        .whereNull("p.split_checked_at")
        .orWhereRaw(`p.updated_at > p.split_checked_at`)
        .orWhereRaw(
          `exists (select 1 from ${SELLER_TRANSFER_TABLE} s where s.payment_intent_id = p.payment_intent_id
             and s.deleted_at is null and s.updated_at > p.split_checked_at)`
        )
        .orWhereRaw(
          `exists (select 1 from ${LINE_TABLE} t where t.source_link_id = p.latest_charge_id
             and t.deleted_at is null and t.stripe_account_id is null and t.source_type = 'transfer'
             and t.created_at > p.split_checked_at)`
        )
    )
    .orderBy("p.captured_at", "desc")
    .limit(limit)) as Record<string, unknown>[]
  if (!payments.length) {
    return []
  }
  const intents = payments.map((p) => String(p.payment_intent_id))
  const charges = payments.map((p) => String(p.latest_charge_id))
  const sellers = (await knex(SELLER_TRANSFER_TABLE)
    .select(
      "id",
      "payment_intent_id",
      "stripe_account_id",
      "status",
      "transfer_amount",
      "transfer_id",
      "restore_transfer_id",
      "merchant_id",
      "currency",
      "charged_amount",
      "tax_kept_amount",
      "fee_amount",
      "fee_basis"
    )
    .whereNull("deleted_at")
    .whereIn("payment_intent_id", intents)
    .orderBy("stripe_account_id", "asc")) as Record<string, unknown>[]
  const transferLines = (await knex(LINE_TABLE)
    .select("source_id", "source_link_id", "amount")
    .whereNull("deleted_at")
    .whereNull("stripe_account_id")
    .where("source_type", "transfer")
    .whereIn("source_link_id", charges)) as { source_id: string; source_link_id: string; amount: number }[]
  const versions = await readFeeConfigurationVersions(
    knex,
    sellers.map((row) => row.fee_basis as FeeBasis | null)
  )
  return payments.map((p) => {
    const parts: SellerPartFacts[] = sellers
      .filter((row) => row.payment_intent_id === p.payment_intent_id)
      .map((row) => ({
        id: String(row.id),
        stripe_account_id: String(row.stripe_account_id),
        status: String(row.status),
        transfer_amount: Number(row.transfer_amount),
        transfer_id: (row.transfer_id as string | null) ?? null,
        restore_transfer_id: (row.restore_transfer_id as string | null) ?? null,
        fee_amount: Number(row.fee_amount),
        configured_fee: configuredSellerFee(
          {
            charged_amount: Number(row.charged_amount),
            tax_kept_amount: Number(row.tax_kept_amount),
            currency: String(row.currency),
            merchant_id: String(row.merchant_id),
            fee_basis: (row.fee_basis as FeeBasis | null) ?? null,
          },
          versions
        ),
      }))
    return {
      payment_id: String(p.id),
      order_id: (p.order_id as string | null) ?? null,
      currency: String(p.currency),
      amount_captured: Number(p.amount_captured),
      charge_line_amount: Number(p.charge_line_amount),
      sellers: parts,
      transfer_lines: new Map(
        transferLines
          .filter((line) => line.source_link_id === p.latest_charge_id)
          .map((line) => [line.source_id, Math.abs(Number(line.amount))])
      ),
    }
  })
}

/**
 * Marks multi-seller charges as checked at `at` (taken before they were read, so a change committed while they were
 * checked is newer and brings them back). Leaves `updated_at` alone: the mark is no change of the payment.
 */
export async function markSeparateChargesChecked(knex: Knex, paymentIds: string[], at: Date): Promise<void> {
  if (!paymentIds.length) {
    return
  }
  await knex(PAYMENT_TABLE).update({ split_checked_at: at }).whereIn("id", paymentIds)
}

/** Committed plugin payments (captured, authorized or processing) of these orders: what each order was charged. */
export async function readOrderCharges(
  knex: Knex,
  orderIds: string[]
): Promise<{ order_id: string; payment_id: string; amount: number; currency: string }[]> {
  if (!orderIds.length) {
    return []
  }
  const rows = (await knex(PAYMENT_TABLE)
    .select("id", "order_id", "amount", "currency")
    .whereNull("deleted_at")
    .whereIn("order_id", orderIds)
    .whereIn("status", ["succeeded", "requires_capture", "processing"])
    .orderBy("id", "asc")) as Record<string, unknown>[]
  return rows.map((row) => ({
    order_id: String(row.order_id),
    payment_id: String(row.id),
    amount: Number(row.amount),
    currency: String(row.currency),
  }))
}

/** What the money trail of an order is built from (see `buildMoneyTrail`), unscoped; sellers carry their merchant. */
export type OrderMoneyTrailRows = {
  payments: (TrailPayment & { merchant_id: string | null })[]
  sellers: (TrailSellerPart & { merchant_id: string })[]
  lines: TrailLine[]
  payouts: TrailPayout[]
}

/**
 * The order's plugin payments (oldest first), the seller parts of its multi-seller charges, the ledger lines matched
 * to it (both balances) and the plugin's payouts that settled any of them.
 */
export async function readOrderMoneyTrail(knex: Knex, orderId: string): Promise<OrderMoneyTrailRows> {
  const payments = (await knex(PAYMENT_TABLE)
    .select(
      "id",
      "payment_intent_id",
      "latest_charge_id",
      "stripe_account_id",
      "merchant_id",
      "split",
      "currency",
      "amount",
      "amount_captured",
      "amount_refunded",
      "application_fee_collected",
      "captured_at"
    )
    .whereNull("deleted_at")
    .where("order_id", orderId)
    .orderBy("created_at", "asc")) as Record<string, unknown>[]
  const intents = payments.map((row) => String(row.payment_intent_id))
  const sellers = intents.length
    ? ((await knex(SELLER_TRANSFER_TABLE)
        .select(
          "id",
          "payment_intent_id",
          "stripe_account_id",
          "merchant_id",
          "transfer_id",
          "transfer_amount",
          "amount_reversed",
          "status"
        )
        .whereNull("deleted_at")
        .whereIn("payment_intent_id", intents)
        .orderBy("stripe_account_id", "asc")) as Record<string, unknown>[])
    : []
  const lines = (await knex(LINE_TABLE)
    .select(
      "balance_transaction_id",
      "stripe_account_id",
      "type",
      "amount",
      "fee",
      "source_id",
      "source_type",
      "source_link_id",
      "payout_id"
    )
    .whereNull("deleted_at")
    .where("match_order_id", orderId)
    .orderBy("created", "asc")) as Record<string, unknown>[]
  const payoutIds = [...new Set(lines.map((line) => line.payout_id).filter((id): id is string => Boolean(id)))]
  const payouts = payoutIds.length
    ? ((await knex(PAYOUT_TABLE)
        .select("payout_id", "amount", "status", "arrival_date")
        .whereNull("deleted_at")
        .whereIn("payout_id", payoutIds)) as Record<string, unknown>[])
    : []
  const text = (value: unknown) => (value === null || value === undefined ? null : String(value))
  return {
    payments: payments.map((row) => ({
      id: String(row.id),
      payment_intent_id: String(row.payment_intent_id),
      latest_charge_id: text(row.latest_charge_id),
      stripe_account_id: text(row.stripe_account_id),
      merchant_id: text(row.merchant_id),
      split: text(row.split),
      currency: String(row.currency),
      amount: Number(row.amount),
      amount_captured: Number(row.amount_captured),
      amount_refunded: Number(row.amount_refunded),
      application_fee_collected: Number(row.application_fee_collected),
      captured_at: row.captured_at ? new Date(row.captured_at as string) : null,
    })),
    sellers: sellers.map((row) => ({
      id: String(row.id),
      payment_intent_id: String(row.payment_intent_id),
      stripe_account_id: String(row.stripe_account_id),
      merchant_id: String(row.merchant_id),
      transfer_id: text(row.transfer_id),
      transfer_amount: Number(row.transfer_amount),
      amount_reversed: Number(row.amount_reversed),
      status: String(row.status),
    })),
    lines: lines.map((row) => ({
      balance_transaction_id: String(row.balance_transaction_id),
      stripe_account_id: text(row.stripe_account_id),
      type: String(row.type),
      amount: Number(row.amount),
      fee: Number(row.fee),
      source_id: text(row.source_id),
      source_type: text(row.source_type),
      source_link_id: text(row.source_link_id),
      payout_id: text(row.payout_id),
    })),
    payouts: payouts.map((row) => ({
      payout_id: String(row.payout_id),
      amount: Number(row.amount),
      status: String(row.status),
      arrival_date: text(row.arrival_date),
    })),
  }
}
