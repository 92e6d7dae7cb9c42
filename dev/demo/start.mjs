// `npm run demo`: the plugin in a real Medusa with no setup. Starts an embedded PostgreSQL (data in .demo/),
// migrates, starts the Stripe emulator (state in .demo/stripe-emulator.json), registers the webhook endpoints,
// seeds once (Medusa's side before the server starts, Stripe's side through the running admin API), runs
// `medusa develop` and prints where the admin is. Ctrl-C stops everything; the next run reuses the data.
// `npm run demo -- --cluster` also starts a throwaway Redis and runs Medusa as two server processes and one worker
// (Medusa's Redis modules, see medusa-config.ts), each started here. See dev/demo/README.md.
import { existsSync } from "node:fs"
import { mkdir, readFile, writeFile } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "../support/embedded-postgres.mjs"
import { startRedisServer } from "../support/redis-server.mjs"
import { startStripeEmulatorProcess } from "../support/stripe-emulator-process.mjs"
import { runCommand, startService, stopProcessGroup } from "./lib/child-process.mjs"
import { assertPortFree } from "./lib/ports.mjs"
import { waitForHttp } from "./lib/wait-for-http.mjs"
import { writePublishableKeys } from "./lib/publishable-key.mjs"
import { registerDemoWebhookEndpoints } from "./lib/webhook-endpoints.mjs"
import { seedStripe } from "./seed-stripe/index.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
// DEMO_DIR keeps a second demo's data apart (the checkout benchmark starts one of its own).
const demoDir = process.env.DEMO_DIR ? path.resolve(process.env.DEMO_DIR) : path.join(root, ".demo")
const shownDemoDir = path.relative(root, demoDir) || "."
const logDir = path.join(demoDir, "logs")
const seedMarker = path.join(demoDir, "seeded.json")
const publishableKeyFiles = {
  store: path.join(demoDir, "publishable-key"),
  marketplace: path.join(demoDir, "marketplace-publishable-key"),
}
const emulatorStateFile = path.join(demoDir, "stripe-emulator.json")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")

const ADMIN_EMAIL = "admin@example.com"
const ADMIN_PASSWORD = "supersecret"
const DATABASE_NAME = "medusa_demo"
// Raised when the Medusa seed gains parts: a demo seeded by an older version runs the seed again on its next start
// (every part reuses what exists). 2: the storefront (publishable key, the plugin's provider, shipping, stock).
const SEED_VERSION = 2
const port = Number(process.env.PORT || 9000)
const emulatorPort = Number(process.env.STRIPE_EMULATOR_PORT || 12111)
const apiKey = process.env.STRIPE_API_KEY || "sk_test_emulator_platform_key"
const publicUrl = `http://localhost:${port}`
const echoMedusa = process.env.DEMO_VERBOSE === "1"
// `medusa develop` restarts the server on every file change; DEMO_WATCH=0 runs `medusa start` in development mode,
// which is the same server (admin served by Vite) without the file watcher.
const watch = process.env.DEMO_WATCH !== "0"
// Several processes, each started by this script (not `medusa start --cluster`, which caps the count at the cores and
// re-forks a killed child without starting it): the first serves the admin on PORT, the second is a plain API server
// on PORT+1, the third a worker (jobs, subscribers, webhook processing) on PORT+2.
const cluster = process.argv.slice(2).includes("--cluster")
const serverCommand = watch && !cluster ? "develop" : "start"
const clusterProcesses = [
  { name: "server-1", port, workerMode: "server", admin: true },
  { name: "server-2", port: port + 1, workerMode: "server", admin: false },
  { name: "worker", port: port + 2, workerMode: "worker", admin: false },
]

const say = (line) => process.stdout.write(`[demo] ${line}\n`)

/** Cleanup actions, run last-in first-out on Ctrl-C, on failure, or when Medusa exits by itself. */
const cleanups = []
const runningChildren = new Set()
let shuttingDown = false

async function shutdown(exitCode, reason) {
  if (shuttingDown) return
  shuttingDown = true
  if (reason) say(reason)
  for (const child of runningChildren) await stopProcessGroup(child, 5000)
  while (cleanups.length) {
    const { name, run } = cleanups.pop()
    try {
      // A bounded wait: on a terminal's Ctrl-C, PostgreSQL and the emulator get the signal too and may be gone
      // already, and embedded-postgres' stop() then waits for an exit that has happened.
      await withTimeout(run(), 15_000)
    } catch (error) {
      say(`could not stop ${name}: ${error?.message ?? error}`)
    }
  }
  say("stopped")
  process.exit(exitCode)
}

function withTimeout(promise, ms) {
  let timer
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, ms)
  })
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Ctrl-C and SIGTERM run `shutdown`, and only that: embedded-postgres registers its own handlers (async-exit-hook)
 * that stop PostgreSQL and exit at once, which would leave Medusa and the emulator running. So this takes the
 * signals over again after the package is loaded.
 */
function takeOverSignals() {
  for (const [signal, label] of [
    ["SIGINT", "Ctrl-C"],
    ["SIGTERM", "SIGTERM"],
  ]) {
    process.removeAllListeners(signal)
    process.on(signal, () => shutdown(0, `${label}: stopping Medusa, the Stripe emulator and PostgreSQL`))
  }
}
takeOverSignals()

const trackChild = (child) => {
  runningChildren.add(child)
  return () => runningChildren.delete(child)
}

async function runStep(description, args, env, logName) {
  const logFile = path.join(logDir, `${logName}.log`)
  const { code, output } = await runCommand(medusaBin, args, { cwd: root, env, logFile, registerChild: trackChild })
  if (shuttingDown) return await new Promise(() => {})
  if (code !== 0) {
    throw new Error(`${description} failed (exit ${code}); see ${path.relative(root, logFile)}:\n${tail(output)}`)
  }
  return output
}

const tail = (text, lines = 25) => text.trimEnd().split("\n").slice(-lines).join("\n")

async function seedOnce(env) {
  const marker = await readMarker()
  if (marker.seeded_at && (marker.seed_version ?? 1) >= SEED_VERSION) {
    say(`demo data already seeded (${path.relative(root, seedMarker)}); reusing it`)
    return
  }
  await createAdminUser(env)
  say(marker.seeded_at ? "adding the seed's new parts to the demo data (dev/demo/seed.ts)" : "seeding the demo data (dev/demo/seed.ts)")
  await runStep("The seed", ["exec", "dev/demo/seed.ts"], env, "seed")
  await writeMarker({ ...marker, seeded_at: new Date().toISOString(), seed_version: SEED_VERSION, admin: ADMIN_EMAIL })
}

const readMarker = async () => (existsSync(seedMarker) ? JSON.parse(await readFile(seedMarker, "utf8")) : {})
const writeMarker = async (marker) => writeFile(seedMarker, `${JSON.stringify(marker, null, 2)}\n`)

/**
 * The Stripe side of the demo (connected accounts, payments, transfers, payouts, a dispute, invoices, a pay link,
 * webhook events), once, with Medusa up: it goes through the plugin's admin API and its webhook endpoints. A
 * failure is reported and leaves the demo running; the next start tries again (each part skips what exists).
 */
async function seedStripeOnce(emulatorUrl) {
  const marker = await readMarker()
  if (marker.stripe_seeded_at) return
  say("seeding the Stripe side through the admin API (dev/demo/seed-stripe/)")
  try {
    const result = await seedStripe({ baseUrl: publicUrl, emulatorUrl, email: ADMIN_EMAIL, password: ADMIN_PASSWORD, say })
    await writeMarker({ ...marker, stripe_seeded_at: new Date().toISOString(), stripe: result })
  } catch (error) {
    say(`the Stripe seed failed (the demo keeps running; the next start tries again): ${error?.message ?? error}`)
  }
}

/**
 * Demo only: once the Stripe seed is in, dates the plugin's payments, refunds, payouts and transfers as Stripe
 * dated them (dev/demo/date-records.ts), so the overview chart and the lists spread over the seeded 30 days. Once
 * (`records_dated_at`); a failure is reported and the next start tries again.
 */
async function dateRecordsOnce(env) {
  const marker = await readMarker()
  if (!marker.stripe_seeded_at || marker.records_dated_at) return
  say("dating the seeded records as at Stripe (dev/demo/date-records.ts)")
  try {
    await runStep("Dating the seeded records", ["exec", "dev/demo/date-records.ts"], env, "date-records")
    await writeMarker({ ...marker, records_dated_at: new Date().toISOString() })
  } catch (error) {
    say(`dating the seeded records failed (the next start tries again): ${error?.message ?? error}`)
  }
}

/** `medusa user` once; a user left by an earlier, interrupted seed is reused rather than duplicated. */
async function createAdminUser(env) {
  const { default: pg } = await import("@medusajs/framework/pg")
  const client = new pg.Client({ connectionString: env.DATABASE_URL })
  await client.connect()
  try {
    const { rows } = await client.query('select id from "user" where email = $1 and deleted_at is null', [ADMIN_EMAIL])
    if (rows.length) {
      say(`the admin user ${ADMIN_EMAIL} exists already; reusing it`)
      return
    }
  } finally {
    await client.end()
  }
  say(`creating the admin user ${ADMIN_EMAIL}`)
  await runStep("Creating the admin user", ["user", "-e", ADMIN_EMAIL, "-p", ADMIN_PASSWORD], env, "seed")
}

async function main() {
  await mkdir(logDir, { recursive: true })
  await assertPortFree(port, "Medusa, PORT")
  await assertPortFree(emulatorPort, "the Stripe emulator, STRIPE_EMULATOR_PORT")
  if (cluster) {
    await assertPortFree(port + 1, "the second Medusa server, PORT+1")
    await assertPortFree(port + 2, "the Medusa worker, PORT+2")
  }

  say(`starting PostgreSQL (data in ${shownDemoDir}/postgres)`)
  const postgres = await startEmbeddedPostgres({
    dataDir: path.join(demoDir, "postgres"),
    port: process.env.DEMO_DB_PORT ? Number(process.env.DEMO_DB_PORT) : undefined,
    persistent: true,
  })
  takeOverSignals()
  const pidFile = path.join(demoDir, "postgres", "postmaster.pid")
  // The server removes its pid file when it has stopped (for example on a terminal's Ctrl-C, which it gets too).
  cleanups.push({ name: "PostgreSQL", run: () => (existsSync(pidFile) ? postgres.stop() : undefined) })
  if (shuttingDown) return
  await postgres.createDatabase(DATABASE_NAME)
  const databaseUrl = `postgres://${postgres.user}:${postgres.password}@${postgres.host}:${postgres.port}/${DATABASE_NAME}`

  say(`starting the Stripe emulator on port ${emulatorPort}`)
  const emulator = await startStripeEmulatorProcess({ port: emulatorPort, stateFile: emulatorStateFile })
  cleanups.push({ name: "the Stripe emulator", run: () => emulator.stop() })
  if (shuttingDown) return
  const secrets = await registerDemoWebhookEndpoints({ emulatorUrl: emulator.url, apiKey, publicUrl })

  let redis = null
  if (cluster) {
    say("starting Redis (a throwaway redis-server, no persistence)")
    redis = await startRedisServer()
    cleanups.push({ name: "Redis", run: () => redis.stop() })
    if (shuttingDown) return
  }

  const origins = [publicUrl, "http://localhost:5173"].join(",")
  const env = {
    ...process.env,
    NODE_ENV: "development",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    MEDUSA_BACKEND_URL: publicUrl,
    ADMIN_CORS: process.env.ADMIN_CORS || origins,
    AUTH_CORS: process.env.AUTH_CORS || `${origins},http://localhost:8000`,
    STRIPE_API_KEY: apiKey,
    STRIPE_EMULATOR_PORT: String(emulator.port),
    STRIPE_WEBHOOK_SECRETS_PLATFORM: secrets.platform,
    STRIPE_WEBHOOK_SECRETS_CONNECT: secrets.connect,
    ...(redis ? { REDIS_URL: redis.url } : {}),
  }
  delete env.STRIPE_API_HOST
  if (!redis) delete env.REDIS_URL

  say("migrating the database")
  await runStep("`medusa db:migrate`", ["db:migrate"], env, "migrate")
  await seedOnce(env)

  const processes = cluster ? clusterProcesses : [{ name: "medusa", port, workerMode: "shared", admin: true }]
  let medusaExit = null
  for (const spec of processes) {
    const logName = `${spec.name}.log`
    say(`starting Medusa with the plugin: ${spec.name} (medusa ${serverCommand}, port ${spec.port}, ${spec.workerMode}; log in ${shownDemoDir}/logs/${logName})`)
    const medusa = startService(medusaBin, [serverCommand], {
      cwd: root,
      env: {
        ...env,
        PORT: String(spec.port),
        MEDUSA_WORKER_MODE: spec.workerMode,
        ...(spec.admin ? {} : { MEDUSA_ADMIN_DISABLED: "true" }),
      },
      logFile: path.join(logDir, logName),
      echo: echoMedusa,
    })
    trackChild(medusa)
    medusa.once("exit", (code, signal) => {
      medusaExit = `Medusa (${spec.name}) exited (${signal ?? `code ${code}`})`
      runningChildren.delete(medusa)
      if (!shuttingDown) shutdown(1, `${medusaExit}; see ${shownDemoDir}/logs/${logName}`)
    })
  }

  for (const spec of processes) {
    await waitForHttp(`http://localhost:${spec.port}/health`, { timeoutMs: 300_000, isAborted: () => medusaExit })
  }
  await waitForHttp(`http://localhost:${port}/app`, {
    timeoutMs: 300_000,
    isAborted: () => medusaExit,
    accept: (response, body) => response.ok && body.includes("<html"),
  })
  await seedStripeOnce(emulator.url)
  await dateRecordsOnce(env)
  const keys = await writePublishableKeys({ baseUrl: publicUrl, email: ADMIN_EMAIL, password: ADMIN_PASSWORD, files: publishableKeyFiles }).catch(
    (error) => {
      say(`could not read the demo's publishable keys: ${error?.message ?? error}`)
      return { store: null, marketplace: null }
    }
  )

  process.stdout.write(
    [
      "",
      `Ready: http://localhost:${port}/app`,
      `  log in with ${ADMIN_EMAIL} / ${ADMIN_PASSWORD} (plugin role super_admin)`,
      keys.store
        ? `  Storefront: publishable key ${keys.store} (in ${shownDemoDir}/publishable-key; \`node dev/demo/store-checkout.mjs\` checks out a cart)`
        : `  Storefront: no publishable key (see ${shownDemoDir}/logs/seed.log)`,
      ...(keys.marketplace
        ? [
            `  Marketplace storefront (three sellers): publishable key ${keys.marketplace} (in ${shownDemoDir}/marketplace-publishable-key; \`node dev/demo/store-checkout.mjs --marketplace\`)`,
          ]
        : []),
      `  Stripe emulator: ${emulator.url} (control routes under /_emulator, see dev/stripe-emulator/README.md; state in ${shownDemoDir}/stripe-emulator.json)`,
      `  PostgreSQL: localhost:${postgres.port}, database ${DATABASE_NAME} (data in ${shownDemoDir}/postgres)`,
      ...(redis
        ? [
            `  Cluster: Redis ${redis.url} (throwaway); servers on ports ${port} (admin) and ${port + 1}, a worker on ${port + 2}`,
          ]
        : []),
      `  Ctrl-C stops everything; the next \`npm run demo\` reuses the data (delete ${shownDemoDir}/ to start over).`,
      "",
    ].join("\n")
  )
}

main().catch((error) => shutdown(1, `failed: ${error?.message ?? error}`))
