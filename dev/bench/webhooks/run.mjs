// `npm run bench:webhooks`: the webhook path in production mode against a durable PostgreSQL, next to its two
// ceilings (a bare Medusa route, plain pg INSERTs), processing lag, memory, and listing from a long log.
// Loopback only; every loop is bounded. Writes bench/results/webhooks.json.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { performance } from "node:perf_hooks"
import pg from "pg"
import { freePort, startEmbeddedPostgres } from "../../support/embedded-postgres.mjs"
import { BARE_ROUTE_PATH, buildApp, mainThreadMs, postJson, run, startApp, stopApp, treeCpuMs, treeRssKb } from "./app.mjs"
import { pgInsertCeiling } from "./ceiling.mjs"
import { measureScaling } from "./cluster.mjs"
import { SERVING_PARTS, cpuMsPerRequest, projection } from "./cost.mjs"
import { listingBench } from "./listing.mjs"
import { closedLoop, openLoop, pooled } from "./load.mjs"
import { EVENT_TABLE, countProcessed, makeEvent, sign, waitProcessed } from "./events.mjs"
import { median, round2, summarize } from "./stats.mjs"
import { startRedisServer } from "../../support/redis-server.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
const COUNT = Number(process.env.BENCH_COUNT || 20_000)
const WARMUP = Number(process.env.BENCH_WARMUP || 2_000)
// The bare route and the webhook take turns in this many rounds of COUNT / ROUNDS requests each, so both see the
// same machine: other work on a shared host moves either one by 20% from one minute to the next. Rounds are long
// (5,000) because each one starts and ends a burst: shorter rounds weigh the ramp and the tail of a closed loop
// (and processing's first batch before it steps back) more than a sustained burst would.
const ROUNDS = Number(process.env.BENCH_ROUNDS || 4)
const CONCURRENCY = 32
// Rates tried in turn until processing falls behind (lag p99 over 2 s); the highest one it keeps up with is reported,
// then held for SUSTAIN_SECONDS to show processing does not fall behind over a minute.
const SUSTAINED_RATES = [100, 200, 400, 800, 1600]
const SUSTAIN_SECONDS = Number(process.env.BENCH_SUSTAIN_SECONDS || 60)
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL || "info"
const SECRET = "whsec_bench_platform_secret"
const say = (line) => process.stdout.write(`[bench] ${line}\n`)

// The two ways the benchmark runs the app on one database: Medusa's default single process ("shared": HTTP,
// subscribers and jobs together), and the split Medusa recommends for production (`workerMode`: a "server"
// instance that only serves HTTP and a "worker" instance that runs subscribers and jobs, on Medusa's Redis modules:
// the server hands stored webhooks to the worker through the Redis event bus). "cluster" is the scaling table:
// 1, 2 and 4 server processes and one worker on Redis (cluster.mjs).
const DEPLOYMENTS = {
  shared: { description: "one process, workerMode=shared (HTTP, processing and jobs in the same Node thread)" },
  split: {
    description:
      "two processes on one database and Redis: workerMode=server (HTTP only) + workerMode=worker (processing, " +
      "jobs); hand-off through the Redis event bus",
    redis: true,
  },
  cluster: {
    description: "1, 2 and 4 workerMode=server processes behind round-robin load, and one worker, on Redis",
    redis: true,
  },
}

async function main() {
  const workDir = path.join(os.tmpdir(), `stripe-connect-webhooks-bench-${process.pid}`)
  const baseEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", MEDUSA_ADMIN_DISABLED: "true" }
  const only = process.env.BENCH_DEPLOYMENTS ? process.env.BENCH_DEPLOYMENTS.split(",") : Object.keys(DEPLOYMENTS)
  let postgres
  let redis
  let redisPid = 0
  const apps = []
  const loadBefore = os.loadavg().map((value) => Math.round(value * 100) / 100)
  try {
    say("building the app for production (medusa build)")
    const { server, medusa } = await buildApp(root, workDir, baseEnv)

    postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, "pg"), persistent: false })
    await postgres.createDatabase("bench")
    const postgresPid = Number((await readFile(path.join(workDir, "pg", "postmaster.pid"), "utf8")).split("\n")[0])
    const databaseUrl = `postgres://${postgres.user}:${postgres.password}@localhost:${postgres.port}/bench`
    const pool = new pg.Pool({ connectionString: databaseUrl, max: CONCURRENCY })
    // An idle client still open when the database stops at the end reports it; the results are written by then.
    pool.on("error", (error) => say(`database connection closed: ${error.message}`))
    const settings = await pool.query("SELECT current_setting('fsync') AS fsync, current_setting('synchronous_commit') AS synchronous_commit")
    say(`postgres fsync=${settings.rows[0].fsync} synchronous_commit=${settings.rows[0].synchronous_commit}`)

    const envFor = (port, workerMode, redisUrl) => ({
      ...baseEnv,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      LOG_LEVEL,
      MEDUSA_WORKER_MODE: workerMode,
      STRIPE_WEBHOOK_SECRETS_PLATFORM: SECRET,
      MEDUSA_BACKEND_URL: `http://localhost:${port}`,
      JWT_SECRET: "bench-jwt-secret",
      COOKIE_SECRET: "bench-cookie-secret",
      // The listing is read by the benchmark's admin user, who holds no plugin role.
      STRIPE_CONNECT_ROLES_OPTIONS: JSON.stringify({ defaultRole: "super_admin" }),
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
    })
    say("migrating and creating an admin user")
    await run(medusa, ["db:migrate"], { cwd: server, env: envFor(9000, "shared") })
    await run(medusa, ["user", "-e", "bench@example.com", "-p", "bench-password"], { cwd: server, env: envFor(9000, "shared") })

    const startInstance = async (workerMode, redisUrl) => {
      const port = await freePort()
      const app = await startApp({ server, medusa, env: envFor(port, workerMode, redisUrl), port, log: () => {} })
      apps.push(app)
      return { app, base: `http://127.0.0.1:${port}` }
    }
    const stopAll = async () => {
      for (const app of apps.splice(0)) await stopApp(app)
    }

    // The storage ceiling, with the Postgres cores it took: the per-core figure feeds the projection.
    const measureCeiling = async () => {
      say(`plain pg INSERT ceiling: ${COUNT} rows at concurrency ${CONCURRENCY}`)
      const postgresBefore = treeCpuMs(postgresPid)
      const result = await pgInsertCeiling(pool, { count: COUNT, concurrency: CONCURRENCY })
      const postgresCores = round2((treeCpuMs(postgresPid) - postgresBefore) / (result.seconds * 1000))
      return { ...result, postgres_cores: postgresCores, per_second_per_postgres_core: Math.round(result.per_second / postgresCores) }
    }

    const deployments = {}
    let listing = null
    let ceiling = null
    let scaling = null
    for (const name of only) {
      say(`deployment "${name}": ${DEPLOYMENTS[name].description}`)
      await pool.query(`TRUNCATE ${EVENT_TABLE}`)
      if (DEPLOYMENTS[name].redis && !redis) {
        redis = await startRedisServer()
        redisPid = redis.pid
      }
      if (name === "cluster") {
        scaling = await measureScaling({
          startInstance: (workerMode) => startInstance(workerMode, redis.url),
          stopAll,
          pool,
          cpuParts: { postgres: () => treeCpuMs(postgresPid), redis: () => treeCpuMs(redisPid) },
          makeRequest: (base, prefix, i) => webhookRequest(base, prefix)(i),
          count: COUNT,
          warmup: WARMUP,
          concurrency: CONCURRENCY,
          say,
        })
        continue
      }
      const instances =
        name === "shared"
          ? [await startInstance("shared")]
          : [await startInstance("server", redis.url), await startInstance("worker", redis.url)]
      const base = instances[0].base
      const rssSamples = []
      const sampler = setInterval(() => rssSamples.push(instances.reduce((sum, { app }) => sum + treeRssKb(app.pid), 0)), 200)
      try {
        const cpuMs = () => {
          const mainThread = mainThreadMs(instances[0].app.pid)
          const loadGenerator = process.cpuUsage()
          return {
            app: instances.reduce((sum, { app }) => sum + treeCpuMs(app.pid), 0),
            http_process: treeCpuMs(instances[0].app.pid),
            http_main_thread: mainThread.cpu,
            http_main_thread_waiting_for_a_core: mainThread.waitingForCore,
            postgres: treeCpuMs(postgresPid),
            redis: redisPid ? treeCpuMs(redisPid) : 0,
            load_generator: (loadGenerator.user + loadGenerator.system) / 1000,
          }
        }
        deployments[name] = { description: DEPLOYMENTS[name].description, ...(await measureDeployment(pool, base, cpuMs)) }
        ceiling ??= await measureCeiling()
        if (!listing) {
          say("listing: newest 50 of 1,000 and of 200,000 stored events")
          const login = await postJson(`${base}/auth/user/emailpass`, { email: "bench@example.com", password: "bench-password" })
          listing = { deployment: name, ...(await listingBench(pool, base, { authorization: `Bearer ${login.body.token}` })) }
        }
      } finally {
        clearInterval(sampler)
      }
      deployments[name].peak_rss_mb = Math.round(Math.max(...rssSamples) / 1024)
      await stopAll()
    }

    ceiling ??= await measureCeiling()

    const ratios = (entry) => ({
      ingest_vs_bare_route_throughput: round2(entry.webhook_ingest.per_second / entry.bare_route.per_second),
      ingest_vs_pg_insert_throughput: round2(entry.webhook_ingest.per_second / ceiling.per_second),
    })
    const targets = (entry) => ({
      ingest_at_least_0_9x_bare: entry.webhook_ingest.per_second >= 0.9 * entry.bare_route.per_second,
      ingest_p99_within_1_2x_bare_p99: entry.webhook_ingest.latency.p99_ms <= 1.2 * entry.bare_route.latency.p99_ms,
      cpu_per_ingested_event_within_1_25x_bare: entry.cpu_per_event.ingest_vs_bare_route <= 1.25,
      all_stored_exactly_once_and_processed: entry.webhook_ingest.stored_exactly_once && entry.webhook_ingest.all_processed,
      lag_p99_under_2s_for_the_held_rate: Boolean(entry.held_at_highest_rate?.kept_up),
    })
    for (const entry of Object.values(deployments)) {
      entry.ratios = ratios(entry)
      entry.targets = targets(entry)
    }

    // On paper: from the per-event costs of the production split (or the one deployment measured) and the ceiling.
    const costed = deployments.split ?? deployments.shared
    const projections = costed
      ? [8, 32].map((cores) =>
          projection({
            cores,
            cpuMsPerEventByPart: costed.cpu_per_event.stored_and_processed_ms_by_part,
            pgInsertCeilingPerCore: ceiling.per_second_per_postgres_core,
          })
        )
      : null

    const results = {
      generated_at: new Date().toISOString(),
      machine: {
        cpus: os.cpus().length,
        cpu_model: os.cpus()[0]?.model,
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        // Other work on the machine skews every figure; compare runs with similar load averages only.
        load_average_1_5_15_before: loadBefore,
        load_average_1_5_15_after: os.loadavg().map((value) => Math.round(value * 100) / 100),
      },
      config: {
        mode: "medusa build + medusa start (NODE_ENV=production)",
        log_level: LOG_LEVEL,
        request_logging: LOG_LEVEL === "http" || LOG_LEVEL === "verbose" || LOG_LEVEL === "debug" || LOG_LEVEL === "silly" ? "on" : "off (Medusa logs a line per request only at level http or below)",
        concurrency: CONCURRENCY,
        count: COUNT,
        rounds: ROUNDS,
        measured_as: `bare route and webhook ingest in turn, ${ROUNDS} rounds of ${Math.ceil(COUNT / ROUNDS)} requests each; throughput is all requests over all their time, percentiles over all latencies`,
        warmup: WARMUP,
        event_bytes: Buffer.byteLength(JSON.stringify(makeEvent("evt_size_", 0))),
        event_type: "payout.paid (handler: ordering check + host event)",
        postgres: { ...settings.rows[0], server: "embedded-postgres 17 on loopback" },
        event_bus: "local (in-process) for shared; Redis (@medusajs/medusa/event-bus-redis) for split and cluster",
        load_generator: "this script, in its own Node process on the same machine",
      },
      pg_insert_ceiling: ceiling,
      deployments,
      scaling,
      projections: projections && {
        note: "on paper, not measured: linear in cores from this run's per-event CPU costs and Postgres insert ceiling",
        from_deployment: deployments.split ? "split" : "shared",
        rows: projections,
      },
      listing,
    }
    await mkdir(path.join(root, "bench/results"), { recursive: true })
    await writeFile(path.join(root, "bench/results/webhooks.json"), `${JSON.stringify(results, null, 2)}\n`)
    for (const [name, entry] of Object.entries(deployments)) {
      say(
        `${name}: ingest ${entry.webhook_ingest.per_second}/s p50 ${entry.webhook_ingest.latency.p50_ms} ms p99 ${entry.webhook_ingest.latency.p99_ms} ms; ` +
          `bare ${entry.bare_route.per_second}/s (ratio ${entry.ratios.ingest_vs_bare_route_throughput}); ` +
          `lag p99 ${entry.sustained_processing[0].lag_ms.p99_ms} ms at ${entry.sustained_processing[0].rate_per_second}/s ` +
          `(${entry.webhook_ingest.receipt_to_processed_lag_ms.p99_ms} ms after a burst); highest sustained ${entry.highest_sustained_rate_per_second}/s; ` +
          `peak RSS ${entry.peak_rss_mb} MB; CPU per event ${entry.cpu_per_event.ingest_ms} ms vs bare ${entry.cpu_per_event.bare_route_ms} ms (${entry.cpu_per_event.ingest_vs_bare_route}x)`
      )
    }
    for (const row of scaling?.rows ?? []) {
      say(`cluster, ${row.servers} server(s) + 1 worker: ${row.per_second}/s, efficiency ${row.efficiency.efficiency} (${row.limited_by})`)
    }
    say(`pg ${ceiling.per_second}/s` + (listing ? `; listing ratios ${listing.ratio_all} / ${listing.ratio_type}` : ""))
    say("wrote bench/results/webhooks.json")
    await pool.end()
  } finally {
    for (const app of apps) await stopApp(app)
    await postgres?.stop()
    await redis?.stop()
    await rm(workDir, { recursive: true, force: true })
  }
}


/**
 * Runs `load` and returns its result with the cores each part used meanwhile (CPU time over wall time): the app's
 * processes, PostgreSQL's, Redis's and this load generator, and the CPU snapshots before and after. With 2 cores
 * between them, these say what limited a round.
 */
async function withCores(cpuMs, load) {
  const before = cpuMs()
  const started = performance.now()
  const result = await load()
  const wallMs = performance.now() - started
  const after = cpuMs()
  const cores = Object.fromEntries(Object.keys(before).map((part) => [part, round2((after[part] - before[part]) / wallMs)]))
  return [result, cores, { before, after }]
}

/** A signed delivery of a fresh event to the platform endpoint at `base`. */
function webhookRequest(base, prefix) {
  return (i) => {
    const body = JSON.stringify(makeEvent(prefix, i))
    return { url: `${base}/hooks/stripe-connect/platform`, body, headers: { "stripe-signature": sign(body, SECRET) } }
  }
}

/** CPU per request of the serving parts, and of the HTTP process with Postgres only (its ingest cost). */
function cpuPerRequest({ before, after }, requests) {
  const httpAndPostgres = after.http_process - before.http_process + (after.postgres - before.postgres)
  return { serving_ms: cpuMsPerRequest(before, after, requests), http_process_and_postgres_ms: round2(httpAndPostgres / requests) }
}

/** Bare route, ingest burst and sustained rates against one deployment, whose HTTP instance is at `base`. */
async function measureDeployment(pool, base, cpuMs) {
  const bareRequest = (i) => {
    const body = JSON.stringify(makeEvent("evt_bare_", i))
    return { url: `${base}${BARE_ROUTE_PATH}`, body, headers: { "stripe-signature": sign(body, SECRET) } }
  }

  say(`warming up (${WARMUP} requests each)`)
  await closedLoop({ concurrency: CONCURRENCY, count: WARMUP, makeRequest: bareRequest })
  await closedLoop({ concurrency: CONCURRENCY, count: WARMUP, makeRequest: webhookRequest(base, "evt_warm_") })
  await waitProcessed(pool, "evt_warm_", WARMUP, 120_000)

  const perRound = Math.ceil(COUNT / ROUNDS)
  say(`bare route and webhook ingest in turn: ${ROUNDS} rounds of ${perRound} requests each at concurrency ${CONCURRENCY}`)
  const bareRuns = []
  const ingestRuns = []
  const rounds = []
  let drained = true
  for (let round = 0; round < ROUNDS; round++) {
    const [bareRun, bareCores, bareCpu] = await withCores(cpuMs, () =>
      closedLoop({ concurrency: CONCURRENCY, count: perRound, makeRequest: bareRequest })
    )
    const prefix = `evt_ingest_r${round}_`
    const ingestStarted = performance.now()
    const [ingestRun, ingestCores, ingestCpu] = await withCores(cpuMs, () =>
      closedLoop({ concurrency: CONCURRENCY, count: perRound, makeRequest: webhookRequest(base, prefix) })
    )
    const processedDuringBurst = await countProcessed(pool, prefix)
    // The next bare round starts once this round's events are processed, so processing never slows the bare route.
    drained = (await waitProcessed(pool, prefix, perRound, 300_000)) && drained
    const drainSeconds = (performance.now() - ingestStarted) / 1000
    const drainedCpu = cpuMs()
    bareRuns.push(bareRun)
    ingestRuns.push(ingestRun)
    rounds.push({
      bare_per_second: bareRun.per_second,
      ingest_per_second: ingestRun.per_second,
      ratio: round2(ingestRun.per_second / bareRun.per_second),
      ingest_p99_ms: ingestRun.latency.p99_ms,
      seconds_until_all_processed: round2(drainSeconds),
      processed_by_the_end_of_the_burst: processedDuringBurst,
      bare_cpu_cores: bareCores,
      ingest_cpu_cores: ingestCores,
      bare_cpu_per_request: cpuPerRequest(bareCpu, perRound),
      ingest_cpu_per_event: cpuPerRequest(ingestCpu, perRound),
      // From the burst's start until every event of the round is processed: storing and processing together.
      stored_and_processed_cpu_ms_per_event: cpuMsPerRequest(ingestCpu.before, drainedCpu, perRound),
      stored_and_processed_cpu_ms_by_part: Object.fromEntries(
        SERVING_PARTS.map((part) => [part, round2((drainedCpu[part] - ingestCpu.before[part]) / perRound)])
      ),
      // Processes other than the HTTP one (the worker of a split deployment) over the same span, per event.
      worker_cpu_ms_per_processed_event: round2(
        (drainedCpu.app - drainedCpu.http_process - (ingestCpu.before.app - ingestCpu.before.http_process)) / perRound
      ),
    })
    say(
      `round ${round + 1}: bare ${bareRun.per_second}/s, ingest ${ingestRun.per_second}/s (${rounds.at(-1).ratio}), ` +
        `${processedDuringBurst} processed by its end, all ${round2(drainSeconds)} s after it started; cores app/HTTP main thread/its wait for a core/postgres/load: ` +
        `bare ${Object.values(bareCores).join("/")}, ingest ${Object.values(ingestCores).join("/")}`
    )
  }
  const bare = pooled(bareRuns)
  const ingest = pooled(ingestRuns)
  const ingestRows = await pool.query(`SELECT count(*)::int AS rows, count(DISTINCT stripe_event_id)::int AS distinct_events FROM ${EVENT_TABLE} WHERE stripe_event_id LIKE 'evt_ingest_%'`)
  const ingestLag = await lagOf(pool, "evt_ingest_")

  const sustained = []
  for (const rate of SUSTAINED_RATES) {
    const seconds = rate === 100 ? 20 : 10
    const prefix = `evt_rate${rate}_`
    say(`sustained: ${rate} events/s for ${seconds} s`)
    const sent = await openLoop({ rate, seconds, makeRequest: webhookRequest(base, prefix) })
    const done = await waitProcessed(pool, prefix, sent.requests, 30_000)
    const lag = await lagOf(pool, prefix)
    const kept = done && lag.p99_ms !== null && lag.p99_ms < 2000
    sustained.push({ rate_per_second: rate, seconds, sent: sent.requests, statuses: sent.statuses, all_processed: done, lag_ms: lag, kept_up: kept })
    if (!kept) break
  }
  const highest = sustained.filter((entry) => entry.kept_up).map((entry) => entry.rate_per_second).pop() ?? null
  let held = null
  if (highest && SUSTAIN_SECONDS > 0) {
    const prefix = `evt_hold${highest}_`
    say(`held: ${highest} events/s for ${SUSTAIN_SECONDS} s`)
    const sent = await openLoop({ rate: highest, seconds: SUSTAIN_SECONDS, makeRequest: webhookRequest(base, prefix) })
    const done = await waitProcessed(pool, prefix, sent.requests, 60_000)
    const lag = await lagOf(pool, prefix)
    held = { rate_per_second: highest, seconds: SUSTAIN_SECONDS, sent: sent.requests, statuses: sent.statuses, all_processed: done, lag_ms: lag, kept_up: done && lag.p99_ms !== null && lag.p99_ms < 2000 }
  }
  const medianOf = (pick) => round2(median(rounds.map(pick)))
  const cpuPerEvent = {
    bare_route_ms: medianOf((round) => round.bare_cpu_per_request.http_process_and_postgres_ms),
    ingest_ms: medianOf((round) => round.ingest_cpu_per_event.http_process_and_postgres_ms),
    stored_and_processed_ms: medianOf((round) => round.stored_and_processed_cpu_ms_per_event),
    stored_and_processed_ms_by_part: Object.fromEntries(
      SERVING_PARTS.map((part) => [part, medianOf((round) => round.stored_and_processed_cpu_ms_by_part[part])])
    ),
    worker_ms_per_processed_event: medianOf((round) => round.worker_cpu_ms_per_processed_event),
    measured_as:
      "median over the rounds of CPU ms (from /proc) per request: ingest and bare route count the HTTP process and " +
      "Postgres during their burst (a shared process also processes events then); stored_and_processed counts the " +
      "app's processes, Postgres and Redis from a burst's start until all its events are processed",
  }
  cpuPerEvent.ingest_vs_bare_route = round2(cpuPerEvent.ingest_ms / cpuPerEvent.bare_route_ms)
  return {
    cpu_per_event: cpuPerEvent,
    bare_route: bare,
    webhook_ingest: {
      ...ingest,
      stored_rows: ingestRows.rows[0].rows,
      distinct_events: ingestRows.rows[0].distinct_events,
      stored_exactly_once: ingestRows.rows[0].rows === ingest.requests && ingestRows.rows[0].distinct_events === ingest.requests,
      all_processed: drained,
      receipt_to_processed_lag_ms: ingestLag,
    },
    rounds,
    sustained_processing: sustained,
    highest_sustained_rate_per_second: highest,
    held_at_highest_rate: held,
  }
}



async function lagOf(pool, prefix) {
  const { rows } = await pool.query(
    `SELECT extract(epoch FROM (processed_at - created_at)) * 1000 AS lag FROM ${EVENT_TABLE}
      WHERE stripe_event_id LIKE $1 AND processed_at IS NOT NULL`,
    [`${prefix}%`]
  )
  return summarize(rows.map((row) => Number(row.lag)))
}

main().catch((error) => {
  process.stderr.write(`[bench] failed: ${error.stack ?? error}\n`)
  process.exitCode = 1
})
