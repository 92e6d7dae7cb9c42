// Diagnostic: builds and starts the app as the benchmark does, with V8's CPU profiler on, sends signed events at
// concurrency 32 (after the bare route, for the ratio), stops the app (which writes the profile) and prints where the CPU went, by self time.
// `node dev/bench/webhooks/profile.mjs [count] [out-dir]`; BENCH_PROFILE_BARE=1 profiles the bare route alone and
// BENCH_PROFILE_WEBHOOK_ONLY=1 the webhook route alone (two such profiles side by side show what the webhook adds);
// MEDUSA_WORKER_MODE=server profiles ingest without processing in the same process; BENCH_PROFILE_WAIT_S (default 3)
// is how long the app keeps running after the load, e.g. 40 to let processing drain the backlog within the profile.
import { appendFileSync } from "node:fs"
import { mkdir, readdir, readFile, rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { freePort, startEmbeddedPostgres } from "../../support/embedded-postgres.mjs"
import { BARE_ROUTE_PATH, buildApp, run, startApp } from "./app.mjs"
import { closedLoop } from "./load.mjs"
import { makeEvent, sign } from "./events.mjs"

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..")
const COUNT = Number(process.argv[2] || 8_000)
const outDir = path.resolve(process.argv[3] || path.join(os.tmpdir(), "stripe-connect-webhooks-profile"))
const SECRET = "whsec_bench_platform_secret"
const say = (line) => process.stdout.write(`[profile] ${line}\n`)

async function main() {
  const workDir = path.join(os.tmpdir(), `stripe-connect-webhooks-profile-${process.pid}`)
  const baseEnv = { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", MEDUSA_ADMIN_DISABLED: "true" }
  let postgres
  let app
  try {
    const { server, medusa } = await buildApp(root, workDir, baseEnv)
    postgres = await startEmbeddedPostgres({ dataDir: path.join(workDir, "pg"), persistent: false })
    await postgres.createDatabase("bench")
    const port = await freePort()
    const env = {
      ...baseEnv,
      NODE_ENV: "production",
      PORT: String(port),
      DATABASE_URL: `postgres://${postgres.user}:${postgres.password}@localhost:${postgres.port}/bench`,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL || "info",
      STRIPE_WEBHOOK_SECRETS_PLATFORM: SECRET,
      JWT_SECRET: "bench-jwt-secret",
      COOKIE_SECRET: "bench-cookie-secret",
    }
    await run(medusa, ["db:migrate"], { cwd: server, env })
    await rm(outDir, { recursive: true, force: true })
    await mkdir(outDir, { recursive: true })
    // --cpu-prof is refused in NODE_OPTIONS: start the CLI through node with the flag.
    app = await startApp({
      server,
      medusa: process.execPath,
      args: [`--cpu-prof`, `--cpu-prof-dir=${outDir}`, medusa, "start"],
      env,
      port,
      log: process.env.BENCH_APP_LOG ? (text) => appendFileSync(process.env.BENCH_APP_LOG, text) : () => {},
    })
    const request = (target, prefix) => (i) => {
      const body = JSON.stringify(makeEvent(prefix, i))
      return { url: `http://127.0.0.1:${port}${target}`, body, headers: { "stripe-signature": sign(body, SECRET) } }
    }
    // The bare route first, for the ratio in the same conditions; the profile covers both.
    let bare = null
    if (process.env.BENCH_PROFILE_WEBHOOK_ONLY !== "1") {
      await closedLoop({ concurrency: 32, count: 2_000, makeRequest: request(BARE_ROUTE_PATH, "evt_pbare_") })
      bare = await closedLoop({ concurrency: 32, count: COUNT, makeRequest: request(BARE_ROUTE_PATH, "evt_pbare_") })
      say(`bare: ${bare.per_second}/s p50 ${bare.latency.p50_ms} ms p99 ${bare.latency.p99_ms} ms`)
    }
    if (process.env.BENCH_PROFILE_BARE !== "1") {
      const target = "/hooks/stripe-connect/platform"
      await closedLoop({ concurrency: 32, count: 2_000, makeRequest: request(target, "evt_pwarm_") })
      const result = await closedLoop({ concurrency: 32, count: COUNT, makeRequest: request(target, "evt_prof_") })
      say(`${target}: ${result.per_second}/s p50 ${result.latency.p50_ms} ms p99 ${result.latency.p99_ms} ms ${bare ? ` (${(result.per_second / bare.per_second).toFixed(2)}x bare)` : ""}`)
    }
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.BENCH_PROFILE_WAIT_S || 3) * 1000))
    app.kill("SIGINT")
    await new Promise((resolve) => app.once("exit", resolve))
    for (const file of (await readdir(outDir)).filter((name) => name.endsWith(".cpuprofile"))) {
      summarizeProfile(JSON.parse(await readFile(path.join(outDir, file), "utf8")), file)
    }
  } finally {
    if (app && app.exitCode === null) app.kill("SIGKILL")
    await postgres?.stop()
    await rm(workDir, { recursive: true, force: true })
  }
}

/** Self time by function and by package, the largest first. */
function summarizeProfile(profile, file) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  const gaps = profile.timeDeltas
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (gaps[i] ?? 0)))
  const total = [...self.values()].reduce((a, b) => a + b, 0)
  const byFunction = new Map()
  const byPackage = new Map()
  for (const [id, micros] of self) {
    const frame = byId.get(id).callFrame
    const where = frame.url.replace(/^.*node_modules\//, "").replace(/^file:\/\//, "")
    const key = `${frame.functionName || "(anonymous)"} ${where}:${frame.lineNumber}`
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros)
    const pkg = frame.url.includes("node_modules/") ? frame.url.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, "$1") : frame.url ? "app/node" : frame.functionName
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros)
  }
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`)
  say(`${file}: ${(total / 1e6).toFixed(1)} s sampled`)
  say(`by package:\n${top(byPackage, 25).join("\n")}`)
  say(`by function:\n${top(byFunction, 40).join("\n")}`)
}

main().catch((error) => {
  process.stderr.write(`[profile] failed: ${error.stack ?? error}\n`)
  process.exitCode = 1
})
