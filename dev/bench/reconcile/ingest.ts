import { writeFile } from "node:fs/promises"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { toLedgerLine } from "../../../src/modules/stripe-connect/ledger/ledger-line"
import { lookupKeysOf } from "../../../src/modules/stripe-connect/reconciliation/lookup-keys"
import { matchLedgerLine } from "../../../src/modules/stripe-connect/reconciliation/match-ledger-line"
import type { LineMatch, MismatchCandidate } from "../../../src/modules/stripe-connect/reconciliation/types"

/**
 * `medusa exec` half of `npm run bench:reconcile`. Each generated order is four platform balance transactions, as
 * Stripe lists them for a destination charge with a partial refund: the charge (its payment intent expanded), the
 * application fee, the transfer to the connected account and the refund. One order in a hundred was made at Stripe
 * with no plugin record: its charge is an `unknown_charge` and its refund a `refund_not_recorded`.
 * The lines go to the module in pages of 100 the way the sync's store step does, then are matched the way the match
 * step does (pages of 500 through the same service methods and `matchLedgerLine`). Measures lines/s and the JS
 * heap after GC at each checkpoint, then the same lines inserted into a bare copy of the table (the database's
 * floor for storing them, no module and no matching). BENCH_LINES (default 50000), BENCH_CHECKPOINT (default 5000),
 * BENCH_OUTPUT (JSON path).
 */
const LINES_PER_ORDER = 4
const TOTAL = Number(process.env.BENCH_LINES || 50_000)
const CHECKPOINT = Number(process.env.BENCH_CHECKPOINT || 5_000)
const STRIPE_PAGE = 100
const MATCH_PAGE = 500
const UNKNOWN_EVERY = 100
const T0 = 1_790_000_000
const LINE_TABLE = "stripe_connect_balance_transaction"
const FLOOR_TABLE = "bench_reconcile_floor"

if (TOTAL % CHECKPOINT || CHECKPOINT % LINES_PER_ORDER) {
  throw new Error(`BENCH_LINES must be a multiple of BENCH_CHECKPOINT, itself a multiple of ${LINES_PER_ORDER}`)
}

const pad = (k: number) => String(k).padStart(8, "0")
const ids = (k: number) => ({
  charge: `ch_bench${pad(k)}`,
  intent: `pi_bench${pad(k)}`,
  fee: `fee_bench${pad(k)}`,
  transfer: `tr_bench${pad(k)}`,
  refund: `re_bench${pad(k)}`,
})
const orderAmounts = (k: number) => {
  const amount = 1000 + (k % 5000)
  return { amount, applicationFee: Math.round(amount / 10), refund: Math.floor(amount / 4) }
}
const unknownOrder = (k: number) => k % UNKNOWN_EVERY === UNKNOWN_EVERY - 1

/** Balance transaction `i`: slot `i % 4` of order `i / 4` (charge, application fee, transfer, refund). */
function balanceTransaction(i: number): Stripe.BalanceTransaction {
  const k = Math.floor(i / LINES_PER_ORDER)
  const id = ids(k)
  const { amount, applicationFee, refund } = orderAmounts(k)
  const line = (
    type: Stripe.BalanceTransaction.Type,
    reportingCategory: string,
    lineAmount: number,
    fee: number,
    source: object
  ): Stripe.BalanceTransaction => ({
    id: `txn_bench${pad(i)}`,
    object: "balance_transaction",
    amount: lineAmount,
    available_on: T0 + i + 172_800,
    balance_type: "payments",
    created: T0 + i,
    currency: "usd",
    description: null,
    exchange_rate: null,
    fee,
    fee_details: [],
    net: lineAmount - fee,
    reporting_category: reportingCategory,
    source: source as Stripe.BalanceTransaction["source"],
    status: "pending",
    type,
  })
  switch (i % LINES_PER_ORDER) {
    case 0:
      return line("charge", "charge", amount, Math.round(amount * 0.029) + 30, {
        id: id.charge,
        object: "charge",
        payment_intent: id.intent,
      })
    case 1:
      return line("application_fee", "platform_earning", applicationFee, 0, {
        id: id.fee,
        object: "application_fee",
        charge: id.charge,
      })
    case 2:
      return line("transfer", "transfer", -amount, 0, {
        id: id.transfer,
        object: "transfer",
        source_transaction: id.charge,
      })
    default:
      return line("refund", "refund", -refund, 0, { id: id.refund, object: "refund", charge: id.charge })
  }
}

const heapAfterGc = () => {
  const gc = (global as { gc?: () => void }).gc
  if (!gc) throw new Error("run with --expose-gc")
  gc()
  gc()
  return process.memoryUsage().heapUsed
}

/** The plugin's payments and refunds the lines are matched to (setup, not timed). */
async function insertRecords(service: StripeConnectModuleService, orders: number) {
  for (let start = 0; start < orders; start += 1000) {
    const known: number[] = []
    for (let k = start; k < Math.min(orders, start + 1000); k++) {
      if (!unknownOrder(k)) known.push(k)
    }
    const payments = await service.createStripeConnectPayments(
      known.map((k) => {
        const { amount, applicationFee } = orderAmounts(k)
        return {
          payment_intent_id: ids(k).intent,
          latest_charge_id: ids(k).charge,
          application_fee_id: ids(k).fee,
          stripe_account_id: "acct_bench",
          merchant_id: "merchant_bench",
          order_id: `order_bench${pad(k)}`,
          currency: "usd",
          amount,
          amount_captured: amount,
          application_fee_amount: applicationFee,
          application_fee_collected: applicationFee,
          status: "succeeded",
          captured_at: new Date((T0 + k * LINES_PER_ORDER) * 1000),
        }
      })
    )
    await service.createStripeConnectRefunds(
      known.map((k, n) => ({
        refund_id: ids(k).refund,
        amount: orderAmounts(k).refund,
        currency: "usd",
        status: "succeeded",
        payment_id: payments[n].id,
      }))
    )
  }
}

type Checkpoint = {
  lines: number
  heap_used_bytes: number
  stored: number
  matched: number
  mismatches: number
  ingest_seconds: number
  match_seconds: number
}

export default async function benchReconcile({ container }: ExecArgs) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)

  const setupStarted = Date.now()
  await insertRecords(service, TOTAL / LINES_PER_ORDER)
  const setupSeconds = (Date.now() - setupStarted) / 1000

  const checkpoints: Checkpoint[] = []
  let stored = 0
  let matched = 0
  let mismatches = 0
  let ingestMs = 0
  let matchMs = 0
  const ingestAndMatch = async (from: number, to: number) => {
    let started = Date.now()
    for (let start = from; start < to; start += STRIPE_PAGE) {
      const page: Stripe.BalanceTransaction[] = []
      for (let i = start; i < Math.min(to, start + STRIPE_PAGE); i++) page.push(balanceTransaction(i))
      stored += await service.storeBalanceTransactions(page.map((txn) => toLedgerLine(txn, null)))
    }
    ingestMs += Date.now() - started
    // The loop of the sync's match step (src/workflows/reconciliation/steps/match-ledger-lines.ts): each round is
    // one sync, which looks again at every line still unexplained (here the unknown orders' lines).
    started = Date.now()
    let afterId: string | null = null
    const chargedOrders = new Set<string>()
    for (;;) {
      const lines = await service.listUnmatchedLedgerLines(null, afterId, MATCH_PAGE)
      if (!lines.length) break
      const context = await service.retrieveReconciliationContext(lookupKeysOf(lines))
      const found: { balance_transaction_id: string; match: LineMatch }[] = []
      const candidates: MismatchCandidate[] = []
      for (const line of lines) {
        const result = matchLedgerLine(line, context)
        if (result.match) {
          found.push({ balance_transaction_id: line.balance_transaction_id, match: result.match })
          if (line.source_type === "charge" && result.match.order_id) chargedOrders.add(result.match.order_id)
        }
        candidates.push(...result.mismatches)
      }
      await service.recordLedgerMatches(found)
      mismatches += (await service.storeReconciliationMismatches(candidates)).length
      matched += found.length
      afterId = lines[lines.length - 1].id
      if (lines.length < MATCH_PAGE) break
    }
    matchMs += Date.now() - started
  }

  const baseline = heapAfterGc()
  let done = 0
  while (done < TOTAL) {
    const next = Math.min(TOTAL, done + CHECKPOINT)
    await ingestAndMatch(done, next)
    done = next
    checkpoints.push({
      lines: done,
      heap_used_bytes: heapAfterGc(),
      stored,
      matched,
      mismatches,
      ingest_seconds: ingestMs / 1000,
      match_seconds: matchMs / 1000,
    })
  }

  // What the database holds now, counted there (not from the loop's own tallies).
  const [byKind] = (await knex(LINE_TABLE)
    .select(
      knex.raw("count(*)::int as lines"),
      knex.raw("count(match_kind)::int as matched"),
      knex.raw("count(*) filter (where match_kind = 'payment')::int as payment"),
      knex.raw("count(*) filter (where match_kind = 'application_fee')::int as application_fee"),
      knex.raw("count(*) filter (where match_kind = 'transfer')::int as transfer"),
      knex.raw("count(*) filter (where match_kind = 'refund')::int as refund")
    )
    .whereNull("deleted_at")) as Record<string, number>[]
  const mismatchRows = (await knex("stripe_connect_reconciliation_mismatch")
    .select("reason")
    .count({ count: "*" })
    .whereNull("deleted_at")
    .groupBy("reason")) as { reason: string; count: string }[]

  // Baseline in the same run: the same lines, same pages, inserted into a bare copy of the table.
  await knex.raw(`create table ${FLOOR_TABLE} (like ${LINE_TABLE} including all)`)
  const floorStarted = Date.now()
  for (let start = 0; start < TOTAL; start += STRIPE_PAGE) {
    const rows = []
    for (let i = start; i < Math.min(TOTAL, start + STRIPE_PAGE); i++) {
      rows.push({ id: `scbt_floor${pad(i)}`, ...toLedgerLine(balanceTransaction(i), null) })
    }
    await knex(FLOOR_TABLE).insert(rows)
  }
  const floorMs = Date.now() - floorStarted
  await knex.raw(`drop table ${FLOOR_TABLE}`)

  const first = checkpoints[0]
  const last = checkpoints[checkpoints.length - 1]
  const growth = (last.heap_used_bytes - first.heap_used_bytes) / first.heap_used_bytes
  const perSecond = (lines: number, ms: number) => Math.round((lines / ms) * 1000 * 10) / 10
  const busyMs = ingestMs + matchMs
  const result = {
    lines: TOTAL,
    orders: TOTAL / LINES_PER_ORDER,
    stripe_page: STRIPE_PAGE,
    match_page: MATCH_PAGE,
    setup_seconds: setupSeconds,
    seconds: busyMs / 1000,
    lines_per_second: perSecond(TOTAL, busyMs),
    ingest_lines_per_second: perSecond(TOTAL, ingestMs),
    match_lines_per_second: perSecond(TOTAL, matchMs),
    baseline: {
      what: "the same lines in the same pages of 100 inserted with one plain INSERT each into a bare copy of the table",
      seconds: floorMs / 1000,
      lines_per_second: perSecond(TOTAL, floorMs),
      ingest_ratio: Math.round((ingestMs / floorMs) * 100) / 100,
      total_ratio: Math.round((busyMs / floorMs) * 100) / 100,
    },
    stored,
    matched,
    mismatches,
    database: {
      ...byKind,
      mismatches: Object.fromEntries(mismatchRows.map((row) => [row.reason, Number(row.count)])),
    },
    heap: {
      baseline_bytes: baseline,
      first_checkpoint_bytes: first.heap_used_bytes,
      last_checkpoint_bytes: last.heap_used_bytes,
      growth_ratio: Math.round(growth * 10_000) / 10_000,
      target_ratio: 0.1,
      met: growth < 0.1,
    },
    checkpoints,
  }
  const output = process.env.BENCH_OUTPUT
  if (output) await writeFile(output, JSON.stringify(result, null, 2))
}
