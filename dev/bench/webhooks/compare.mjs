// `npm run bench:webhooks:compare -- <git ref>`: webhook ingest of this working tree against another commit, in
// one run. Both apps are built for production and run side by side on one PostgreSQL (a database each); rounds
// alternate between them (A B, then B A, ...), and each round measures that side's bare route and then its webhook
// ingest, so both sides see the same machine. The figure compared is ingest / bare route per round, whose median over
// the rounds is each side's result. Loopback only; every loop is bounded. Writes bench/results/webhooks-compare.json.
import { execFileSync } from "node:child_process"
import { mkdir, rm, symlink, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"
import { freePort, startEmbeddedPostgres } from "../../support/embedded-postgres.mjs"
import { BARE_ROUTE_PATH, buildApp, run, startApp, stopApp } from "./app.mjs"
import { closedLoop } from "./load.mjs"
import { EVENT_TABLE, makeEvent, sign, waitProcessed } from "./events.mjs"
import { median, round2 } from "./stats.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
const BASE_REF = process.argv[2] || process.env.BENCH_BASE_REF
const ROUNDS = Number(process.env.BENCH_ROUNDS || 6)
const PER_ROUND = Number(process.env.BENCH_COUNT || 3_000)
const WARMUP = Number(process.env.BENCH_WARMUP || 1_500)
const CONCURRENCY = 32
const SECRET = "whsec_bench_platform_secret"
const say = (line) => process.stdout.write(`[bench] ${line}\n`)

async function main() {
  if (!BASE_REF) {
    throw new Error("name the commit to compare against: npm run bench:webhooks:compare -- <git ref>")
  }
  const baseCommit = execFileSync("git", ["rev-parse", "--short", BASE_REF], { cwd: root, encoding: "utf8" }).trim()
  const workDir = path.join(os.tmpdir(), `stripe-connect-webhooks-compare-${process.pid}`)
  const baseTree = path.join(workDir, "base-tree")
  const baseEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", MEDUSA_ADMIN_DISABLED: "true" }
  const apps = []
  let postgres
  try {
    await mkdir(workDir, { recursive: true })
    say(`checking out ${BASE_REF} (${baseCommit})`)
    execFileSync("git", ["worktree", "add", "--detach", baseTree, baseCommit], { cwd: root, stdio: "ignore" })
    await symlink(path.join(root, "node_modules"), path.join(baseTree, "node_modules"))

    postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, "pg"), persistent: false })
    const sides = [
      { name: "before", label: baseCommit, tree: baseTree },
      { name: "after", label: "working tree", tree: root },
    ]
    for (const side of sides) {
      say(`building "${side.name}" (${side.label}) for production`)
      Object.assign(side, await buildApp(side.tree, path.join(workDir, side.name), baseEnv))
      await postgres.createDatabase(`bench_${side.name}`)
      side.databaseUrl = `postgres://${postgres.user}:${postgres.password}@localhost:${postgres.port}/bench_${side.name}`
      side.pool = new pg.Pool({ connectionString: side.databaseUrl, max: 4 })
      side.pool.on("error", () => {})
      side.port = await freePort()
      const env = envFor(baseEnv, side)
      await run(side.medusa, ["db:migrate"], { cwd: side.server, env })
      side.app = await startApp({ server: side.server, medusa: side.medusa, env, port: side.port, log: () => {} })
      apps.push(side.app)
      side.base = `http://127.0.0.1:${side.port}`
      side.rounds = []
    }

    for (const side of sides) {
      say(`warming up "${side.name}" (${WARMUP} requests each)`)
      await closedLoop({ concurrency: CONCURRENCY, count: WARMUP, makeRequest: bareRequest(side, "evt_warm_bare_") })
      await closedLoop({ concurrency: CONCURRENCY, count: WARMUP, makeRequest: webhookRequest(side, "evt_warm_") })
      await waitProcessed(side.pool, "evt_warm_", WARMUP, 120_000)
    }

    for (let round = 0; round < ROUNDS; round++) {
      const order = round % 2 === 0 ? sides : [...sides].reverse()
      for (const side of order) {
        const bare = await closedLoop({ concurrency: CONCURRENCY, count: PER_ROUND, makeRequest: bareRequest(side, `evt_bare_r${round}_`) })
        const prefix = `evt_ingest_r${round}_`
        const ingest = await closedLoop({ concurrency: CONCURRENCY, count: PER_ROUND, makeRequest: webhookRequest(side, prefix) })
        const processed = await waitProcessed(side.pool, prefix, PER_ROUND, 300_000)
        const stored = await storedCount(side.pool, prefix)
        side.rounds.push({
          bare_per_second: bare.per_second,
          ingest_per_second: ingest.per_second,
          ratio: round2(ingest.per_second / bare.per_second),
          ingest_p99_ms: ingest.latency.p99_ms,
          bare_p99_ms: bare.latency.p99_ms,
          stored_exactly_once: stored === PER_ROUND,
          all_processed: processed,
        })
        const last = side.rounds.at(-1)
        say(`round ${round + 1} ${side.name}: bare ${bare.per_second}/s, ingest ${ingest.per_second}/s, ratio ${last.ratio}, p99 ${last.ingest_p99_ms} ms`)
      }
    }

    const summary = Object.fromEntries(
      sides.map((side) => [
        side.name,
        {
          commit: side.label,
          median_ratio: round2(median(side.rounds.map((r) => r.ratio))),
          median_ingest_per_second: Math.round(median(side.rounds.map((r) => r.ingest_per_second))),
          median_ingest_p99_ms: round2(median(side.rounds.map((r) => r.ingest_p99_ms))),
          all_stored_exactly_once_and_processed: side.rounds.every((r) => r.stored_exactly_once && r.all_processed),
          rounds: side.rounds,
        },
      ])
    )
    const results = {
      generated_at: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpu_model: os.cpus()[0]?.model, node: process.version },
      config: {
        mode: "medusa build + medusa start (NODE_ENV=production), both sides running, one PostgreSQL",
        rounds: ROUNDS,
        requests_per_round_each: PER_ROUND,
        concurrency: CONCURRENCY,
        measured_as: "per round and side: bare route, then webhook ingest; ratio = ingest / bare; sides alternate order each round",
      },
      ...summary,
      after_vs_before_median_ratio: round2(summary.after.median_ratio / summary.before.median_ratio),
    }
    await mkdir(path.join(root, "bench/results"), { recursive: true })
    await writeFile(path.join(root, "bench/results/webhooks-compare.json"), `${JSON.stringify(results, null, 2)}\n`)
    say(
      `before (${baseCommit}) median ratio ${summary.before.median_ratio}, after median ratio ${summary.after.median_ratio} ` +
        `(after/before ${results.after_vs_before_median_ratio}); wrote bench/results/webhooks-compare.json`
    )
    for (const side of sides) await side.pool.end()
  } finally {
    for (const app of apps) await stopApp(app)
    await postgres?.stop()
    try {
      execFileSync("git", ["worktree", "remove", "--force", baseTree], { cwd: root, stdio: "ignore" })
    } catch {
      // never added
    }
    await rm(workDir, { recursive: true, force: true })
  }
}

function envFor(baseEnv, side) {
  return {
    ...baseEnv,
    NODE_ENV: "production",
    PORT: String(side.port),
    DATABASE_URL: side.databaseUrl,
    LOG_LEVEL: "info",
    MEDUSA_WORKER_MODE: "shared",
    STRIPE_WEBHOOK_SECRETS_PLATFORM: SECRET,
    MEDUSA_BACKEND_URL: `http://localhost:${side.port}`,
    JWT_SECRET: "bench-jwt-secret",
    COOKIE_SECRET: "bench-cookie-secret",
  }
}

function webhookRequest(side, prefix) {
  return (i) => {
    const body = JSON.stringify(makeEvent(prefix, i))
    return { url: `${side.base}/hooks/stripe-connect/platform`, body, headers: { "stripe-signature": sign(body, SECRET) } }
  }
}

function bareRequest(side, prefix) {
  return (i) => {
    const body = JSON.stringify(makeEvent(prefix, i))
    return { url: `${side.base}${BARE_ROUTE_PATH}`, body, headers: { "stripe-signature": sign(body, SECRET) } }
  }
}

async function storedCount(pool, prefix) {
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${EVENT_TABLE} WHERE stripe_event_id LIKE $1`, [`${prefix}%`])
  return rows[0].n
}



main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`)
  process.exitCode = 1
})
