// `npm test`: every suite, one PostgreSQL for all of them, one closing line "N passed, N failed".
// Suites run one after another (the machine has two cores and the HTTP suites boot whole Medusa apps).
import { spawn } from "node:child_process"
import { createRequire } from "node:module"
import { existsSync } from "node:fs"
import { mkdir, readFile, rm } from "node:fs/promises"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { startEmbeddedPostgres } from "../support/embedded-postgres.mjs"
import { buildStripeEmulator } from "../support/stripe-emulator-build.mjs"
import { REDIS_SERVER, redisServerInstalled } from "../support/redis-server.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..")
const resultsDir = path.join(root, ".test-db", "results")
const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

const requested = process.argv.slice(2)
const allSuites = ["unit", "emulator", "modules", "http", "cluster", "packaging", "e2e"]
const suites = requested.length ? requested : allSuites

// Suites that boot a Medusa app run each file in a fresh process: Medusa keeps process-wide state (module
// registries, pools) that does not survive a second app in the same Jest process.
const ONE_PROCESS_PER_FILE = new Set(["modules", "http", "cluster", "packaging", "e2e"])

// With TEST_DB_TEMPLATE=1, the HTTP specs' databases are copies of a template migrated once, instead of each spec
// migrating an empty database (integration-tests/helpers/medusa-test-runner.ts). Not for `cluster`: its Redis modules
// make another schema.
const DB_TEMPLATE_SUITES = new Set(process.env.TEST_DB_TEMPLATE === "1" ? ["http"] : [])
const DB_TEMPLATE = `medusa-test-template-${process.pid}`

function jestEnv(suite, env) {
  return {
    ...process.env,
    ...env,
    TEST_TYPE: suite,
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
  }
}

function listTestFiles(suite, env) {
  return new Promise((resolve, reject) => {
    let out = ""
    const child = spawn(process.execPath, [path.join(root, "node_modules/jest/bin/jest.js"), "--listTests", "--json"], {
      cwd: root,
      stdio: ["ignore", "pipe", "inherit"],
      env: jestEnv(suite, env),
    })
    child.stdout.on("data", (chunk) => (out += chunk))
    child.on("exit", (code) => {
      if (code !== 0) return reject(new Error(`jest --listTests failed for ${suite}`))
      resolve(JSON.parse(out.trim().split("\n").pop() || "[]").sort())
    })
  })
}

function runJest(suite, env, files = [], label = suite) {
  const outputFile = path.join(resultsDir, `${label.replace(/[^a-z0-9.-]+/gi, "_")}.json`)
  const args = [
    path.join(root, "node_modules/jest/bin/jest.js"),
    "--runInBand",
    "--forceExit",
    "--passWithNoTests",
    "--json",
    `--outputFile=${outputFile}`,
    ...(files.length ? ["--runTestsByPath", ...files] : []),
  ]
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, stdio: "inherit", env: jestEnv(suite, env) })
    child.on("exit", async (code) => {
      const seconds = Math.round((Date.now() - started) / 1000)
      try {
        const report = JSON.parse(await readFile(outputFile, "utf8"))
        // A suite file that failed to load counts as a failure even if it declared no test.
        const brokenFiles = report.testResults.filter((file) => file.status === "failed" && !file.assertionResults.length).length
        resolve({ suite: label, passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles, exitCode: code, seconds })
      } catch {
        resolve({ suite: label, passed: 0, failed: 1, exitCode: code ?? 1, seconds })
      }
    })
  })
}

// Migrates the template database in a Jest process of its own, which exits, so no connection is left on it.
async function buildDbTemplate(env) {
  process.stdout.write(`\n[test] migrating the template database ${DB_TEMPLATE}\n`)
  const buildEnv = { ...env, MEDUSA_TEST_DB_TEMPLATE: DB_TEMPLATE, STRIPE_EMULATOR_EXTERNAL: "1" }
  const result = await runJest("db-template", buildEnv, [], "db-template")
  if (result.failed === 0 && result.exitCode === 0) return true
  process.stdout.write("[test] the template database could not be migrated: each spec migrates its own database\n")
  return false
}

async function dropDbTemplate(env) {
  const { Client } = createRequire(import.meta.url)("@medusajs/framework/pg")
  const client = new Client({
    host: env.DB_HOST,
    port: Number(env.DB_PORT),
    user: env.DB_USERNAME,
    password: env.DB_PASSWORD,
    database: "postgres",
  })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS "${DB_TEMPLATE}"`)
  } finally {
    await client.end()
  }
}

async function runSuite(suite, env) {
  if (!ONE_PROCESS_PER_FILE.has(suite)) {
    return [await runJest(suite, env)]
  }
  if (DB_TEMPLATE_SUITES.has(suite) && (await buildDbTemplate(env))) {
    env = { ...env, MEDUSA_TEST_DB_TEMPLATE: DB_TEMPLATE }
  }
  const results = []
  for (const file of await listTestFiles(suite, env)) {
    const label = `${suite}:${path.relative(root, file)}`
    process.stdout.write(`\n[test] ${label}\n`)
    results.push(await runJest(suite, env, [file], label))
  }
  return results
}

async function main() {
  await rm(resultsDir, { recursive: true, force: true })
  await mkdir(resultsDir, { recursive: true })

  const env = { MEDUSA_DISABLE_TELEMETRY: "true" }
  let postgres
  if (!process.env.DB_HOST) {
    postgres = await startEmbeddedPostgres({ dataDir: path.join(root, ".test-db", `run-${process.pid}`), persistent: false, durable: false })
    Object.assign(env, {
      DB_HOST: postgres.host,
      DB_PORT: String(postgres.port),
      DB_USERNAME: postgres.user,
      DB_PASSWORD: postgres.password,
    })
  }

  // Every suite but unit starts the emulator for each test file: compiled once here, it starts as plain node.
  if (suites.some((suite) => suite !== "unit") && process.env.STRIPE_EMULATOR_COMPILE !== "0") {
    try {
      env.STRIPE_EMULATOR_BUILD = await buildStripeEmulator(path.join(root, ".test-db", `emulator-${process.pid}`))
    } catch (error) {
      process.stdout.write(`[test] could not compile the Stripe emulator (${error?.message ?? error}): ts-node runs it\n`)
    }
  }

  const results = []
  const suiteSeconds = {}
  try {
    for (const suite of suites) {
      if (suite === "e2e" && !existsSync(CHROMIUM)) {
        process.stdout.write(`\n[test] skipping the e2e suite: no Chromium at ${CHROMIUM} (apt-get install chromium)\n`)
        continue
      }
      if (suite === "cluster" && !process.env.REDIS_URL && !redisServerInstalled()) {
        // CI installs it (.ci/run) and sets STRIPE_CONNECT_REQUIRE_REDIS: there a missing Redis is a failure.
        process.stdout.write(`\n[test] no Redis at ${REDIS_SERVER} (apt-get install redis-server): the cluster suite cannot run\n`)
        if (process.env.STRIPE_CONNECT_REQUIRE_REDIS === "1") results.push({ suite, passed: 0, failed: 1, exitCode: 1 })
        continue
      }
      process.stdout.write(`\n[test] suite ${suite}\n`)
      const started = Date.now()
      results.push(...(await runSuite(suite, env)))
      suiteSeconds[suite] = Math.round((Date.now() - started) / 1000)
    }
  } finally {
    if (suites.some((suite) => DB_TEMPLATE_SUITES.has(suite))) {
      await dropDbTemplate({ ...process.env, ...env }).catch(() => undefined)
    }
    await postgres?.stop()
    await rm(path.join(root, ".test-db", `emulator-${process.pid}`), { recursive: true, force: true })
  }

  const passed = results.reduce((sum, r) => sum + r.passed, 0)
  const failed = results.reduce((sum, r) => sum + r.failed, 0)
  process.stdout.write("\n")
  for (const r of results) {
    process.stdout.write(`[test] ${r.suite}: ${r.passed} passed, ${r.failed} failed (${r.seconds} s)\n`)
  }
  for (const [suite, seconds] of Object.entries(suiteSeconds)) {
    process.stdout.write(`[test] suite ${suite}: ${seconds} s\n`)
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`)
  // Exit explicitly: embedded-postgres registers an exit hook that would otherwise end the process with 0.
  process.exit(failed > 0 || results.some((r) => r.exitCode !== 0) ? 1 : 0)
}

main().catch((error) => {
  process.stderr.write(`${error?.stack ?? error}\n`)
  process.stdout.write("0 passed, 1 failed\n")
  process.exit(1)
})
