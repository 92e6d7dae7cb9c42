// `npm run bench:reconcile`: the reconciliation ledger's ingest and matching, through the module's real code, on
// a scratch embedded PostgreSQL. Migrates a fresh database with `medusa db:migrate`, then runs ingest.ts with
// `medusa exec` under --expose-gc: 50,000 Stripe-shaped platform balance transactions (four per destination charge:
// charge, application fee, transfer, refund) fed in pages of 100 and matched to the plugin's payments and refunds,
// reporting lines/s, a plain INSERT of the same lines as the baseline, and the JS heap after GC at every 5,000
// lines. Target: the heap grows by less than 10% from 5k to 50k lines. Writes bench/results/reconcile.json.
// BENCH_LINES (default 50000) and BENCH_CHECKPOINT (default 5000) change the sizes.
import { spawn } from "node:child_process"
import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "../../support/embedded-postgres.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
const say = (line) => process.stdout.write(`[bench:reconcile] ${line}\n`)

function run(args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, "node_modules/@medusajs/cli/cli.js"), ...args], {
      cwd: root,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("exit", (code) => (code === 0 ? resolve(output) : reject(new Error(`medusa ${args.join(" ")} exited ${code}:\n${output.slice(-4000)}`))))
  })
}

async function main() {
  const workDir = path.join(os.tmpdir(), `stripe-connect-reconcile-bench-${process.pid}`)
  await rm(workDir, { recursive: true, force: true })
  await mkdir(workDir, { recursive: true })
  const postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, "pg"), persistent: false })
  try {
    await postgres.createDatabase("bench")
    const env = {
      ...process.env,
      NODE_ENV: "development",
      MEDUSA_DISABLE_TELEMETRY: "true",
      MEDUSA_ADMIN_DISABLED: "true",
      LOG_LEVEL: "error",
      DATABASE_URL: `postgres://${postgres.user}:${postgres.password}@localhost:${postgres.port}/bench`,
    }
    say("migrating a scratch database")
    await run(["db:migrate"], env)
    const output = path.join(workDir, "result.json")
    const lines = Number(process.env.BENCH_LINES || 50_000)
    say(`ingesting and matching ${lines} balance transactions`)
    await run(["exec", "dev/bench/reconcile/ingest.ts"], {
      ...env,
      BENCH_OUTPUT: output,
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --expose-gc`.trim(),
    })
    const result = JSON.parse(await readFile(output, "utf8"))
    const report = {
      ...result,
      machine: { cpus: os.cpus().length, loadavg: os.loadavg().map((v) => Math.round(v * 100) / 100), node: process.version },
      postgres: "embedded-postgres on loopback",
      at: new Date().toISOString(),
    }
    await mkdir(path.join(root, "bench/results"), { recursive: true })
    await writeFile(path.join(root, "bench/results/reconcile.json"), JSON.stringify(report, null, 2) + "\n")
    say(
      `${result.lines_per_second} lines/s stored and matched (ingest ${result.ingest_lines_per_second}, match ` +
        `${result.match_lines_per_second}; a bare INSERT of the same lines ${result.baseline.lines_per_second}); heap after GC ${(result.heap.first_checkpoint_bytes / 1e6).toFixed(1)} MB at ` +
        `${result.checkpoints[0].lines} -> ${(result.heap.last_checkpoint_bytes / 1e6).toFixed(1)} MB at ${result.lines} ` +
        `(${(result.heap.growth_ratio * 100).toFixed(1)}%, target < 10%: ${result.heap.met ? "met" : "MISSED"})`
    )
  } finally {
    await postgres.stop()
    await rm(workDir, { recursive: true, force: true })
  }
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exit(1)
})
