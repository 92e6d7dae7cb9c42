import { writeFile } from "node:fs/promises"
import type { ExecArgs } from "@medusajs/framework/types"
import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { toLedgerLine } from "../../../src/modules/stripe-connect/ledger/ledger-line"
import { createAdminUser } from "../../../integration-tests/helpers/admin-users"

/**
 * `medusa exec` half of `npm run bench:reconcile:export`: stores the platform balance lines the export reads, through
 * the module's own insert (pages of 1000), in two date ranges that do not overlap: SMALL lines from T_SMALL on, one a
 * second, and LARGE lines from T_LARGE on. Makes a `super_admin` admin and writes its bearer token and the ranges to
 * BENCH_OUTPUT. BENCH_SMALL (default 10000), BENCH_LARGE (default 100000).
 */
const SMALL = Number(process.env.BENCH_SMALL || 10_000)
const LARGE = Number(process.env.BENCH_LARGE || 100_000)
const T_SMALL = 1_790_000_000
const T_LARGE = T_SMALL + 10_000_000
const PAGE = 1000

function line(i: number, created: number): Stripe.BalanceTransaction {
  const amount = 1000 + (i % 5000)
  const fee = Math.round(amount * 0.029) + 30
  return {
    id: `txn_export${String(i).padStart(9, "0")}`,
    object: "balance_transaction",
    amount,
    available_on: created + 172_800,
    balance_type: "payments",
    created,
    currency: "usd",
    description: null,
    exchange_rate: null,
    fee,
    fee_details: [],
    net: amount - fee,
    reporting_category: "charge",
    source: { id: `ch_export${i}`, object: "charge", payment_intent: `pi_export${i}` } as Stripe.BalanceTransaction["source"],
    status: "available",
    type: "charge",
  }
}

export default async function seedExportBench({ container }: ExecArgs) {
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const started = Date.now()
  const store = async (offset: number, count: number, t0: number) => {
    for (let start = 0; start < count; start += PAGE) {
      const page: Stripe.BalanceTransaction[] = []
      for (let k = start; k < Math.min(count, start + PAGE); k++) page.push(line(offset + k, t0 + k))
      await service.storeBalanceTransactions(page.map((txn) => toLedgerLine(txn, null)))
    }
  }
  await store(0, SMALL, T_SMALL)
  await store(SMALL, LARGE, T_LARGE)
  const admin = await createAdminUser(container, { email: "bench-export@example.com" })
  const iso = (seconds: number) => new Date(seconds * 1000).toISOString()
  const output = process.env.BENCH_OUTPUT
  if (output) {
    await writeFile(
      output,
      JSON.stringify({
        authorization: admin.headers.authorization,
        seed_seconds: (Date.now() - started) / 1000,
        ranges: {
          small: { lines: SMALL, from: iso(T_SMALL), to: iso(T_SMALL + SMALL - 1) },
          large: { lines: LARGE, from: iso(T_LARGE), to: iso(T_LARGE + LARGE - 1) },
        },
      })
    )
  }
}
