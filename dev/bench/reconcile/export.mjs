// `npm run bench:reconcile:export`: the reconciliation CSV export (GET /admin/stripe-connect/reconciliation/export.csv)
// through the real route of a running Medusa, for a 10,000-line and a 100,000-line date range in the same run. On a
// scratch embedded PostgreSQL: `medusa db:migrate`, then export-seed.ts under `medusa exec` stores the lines (two
// ranges that do not overlap) and makes an admin, then `medusa start` (development mode, admin UI off, no scheduled
// catch-up) serves the route. Each export is read to its end over loopback with the admin's bearer token, while the
// server's memory is sampled every 20 ms from /proc (RSS of the server and its child processes: the peak during the
// export and the resting value before it). The large export runs twice, to tell memory kept from heap reused.
// Writes bench/results/reconcile-export.json.
// BENCH_SMALL (default 10000) and BENCH_LARGE (default 100000) change the sizes.
import { spawn } from "node:child_process"
import { readFileSync } from "node:fs"
import { readdir, readFile } from "node:fs/promises"
import http from "node:http"
import path from "node:path"
import { freePort } from "../../support/embedded-postgres.mjs"
import { cli, machine, medusa, root, withScratchDatabase, writeResult } from "./scratch.mjs"

const say = (line) => process.stdout.write(`[bench:reconcile:export] ${line}\n`)
const SAMPLE_MS = 20

/** Starts `medusa start` in its own process group; resolves once /health answers. */
async function startServer(env, port) {
  const child = spawn(process.execPath, [cli, "start"], { cwd: root, env: { ...env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"], detached: true })
  let output = ""
  child.stdout.on("data", (chunk) => (output = (output + chunk).slice(-8000)))
  child.stderr.on("data", (chunk) => (output = (output + chunk).slice(-8000)))
  let exited = null
  child.on("exit", (code) => (exited = code))
  const deadline = Date.now() + 10 * 60_000
  for (;;) {
    if (exited !== null) throw new Error(`medusa start exited ${exited}:\n${output}`)
    if (Date.now() > deadline) throw new Error(`medusa start did not answer /health within 10 minutes:\n${output}`)
    const ok = await new Promise((resolve) => {
      http.get(`http://127.0.0.1:${port}/health`, (res) => (res.resume(), resolve(res.statusCode === 200))).on("error", () => resolve(false))
    })
    if (ok) return { child, stop: () => stopGroup(child) }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
}

async function stopGroup(child) {
  if (child.exitCode !== null) return
  const gone = new Promise((resolve) => child.once("exit", resolve))
  try {
    process.kill(-child.pid, "SIGTERM")
  } catch {
    return
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid, "SIGKILL")
    } catch {}
  }, 10_000)
  await gone
  clearTimeout(timer)
}

/** RSS in bytes of `pid` and every process below it (from /proc). */
async function treeRss(pid) {
  const parents = new Map()
  for (const entry of await readdir("/proc")) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8")
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]))
    } catch {}
  }
  const tree = new Set([pid])
  let grew = true
  while (grew) {
    grew = false
    for (const [child, parent] of parents) {
      if (tree.has(parent) && !tree.has(child)) {
        tree.add(child)
        grew = true
      }
    }
  }
  let rss = 0
  for (const member of tree) {
    try {
      const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${member}/status`, "utf8"))
      if (match) rss += Number(match[1]) * 1024
    } catch {}
  }
  return rss
}

/** Reads one export to its end: rows, bytes, seconds, and the server tree's RSS before and at its peak during it. */
async function exportRange(port, authorization, range, serverPid) {
  const restingRss = await treeRss(serverPid)
  let peakRss = restingRss
  let sampling = true
  const sampler = (async () => {
    while (sampling) {
      peakRss = Math.max(peakRss, await treeRss(serverPid))
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS))
    }
  })()
  const query = new URLSearchParams({ from: range.from, to: range.to })
  const started = performance.now()
  const result = await new Promise((resolve, reject) => {
    http
      .get(`http://127.0.0.1:${port}/admin/stripe-connect/reconciliation/export.csv?${query}`, { headers: { authorization } }, (res) => {
        if (res.statusCode !== 200) {
          reject(new Error(`export answered ${res.statusCode}`))
          res.resume()
          return
        }
        let bytes = 0
        let newlines = 0
        let firstByteMs = null
        res.on("data", (chunk) => {
          if (firstByteMs === null) firstByteMs = performance.now() - started
          bytes += chunk.length
          for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) newlines++
        })
        res.on("end", () => resolve({ bytes, rows: newlines - 1, first_byte_ms: Math.round(firstByteMs ?? 0) }))
        res.on("error", reject)
      })
      .on("error", reject)
  })
  const seconds = (performance.now() - started) / 1000
  sampling = false
  await sampler
  peakRss = Math.max(peakRss, await treeRss(serverPid))
  if (result.rows !== range.lines) throw new Error(`the export of ${range.lines} lines gave ${result.rows} rows`)
  return {
    lines: result.rows,
    bytes: result.bytes,
    seconds: Math.round(seconds * 1000) / 1000,
    lines_per_second: Math.round((result.rows / seconds) * 10) / 10,
    first_byte_ms: result.first_byte_ms,
    rss_before_bytes: restingRss,
    rss_peak_bytes: peakRss,
    rss_growth_bytes: peakRss - restingRss,
  }
}

async function main() {
  const extraEnv = { STRIPE_CONNECT_SCHEDULED_CATCH_UP: "off" }
  await withScratchDatabase("stripe-connect-export-bench", say, extraEnv, async ({ env, workDir }) => {
    const seedFile = path.join(workDir, "seed.json")
    say("storing the lines and an admin")
    await medusa(["exec", "dev/bench/reconcile/export-seed.ts"], { ...env, BENCH_OUTPUT: seedFile })
    const seed = JSON.parse(await readFile(seedFile, "utf8"))
    const port = await freePort()
    say(`starting medusa on port ${port}`)
    const server = await startServer(env, port)
    try {
      await measure(port, seed, server.child.pid)
    } finally {
      await server.stop()
    }
  })
}

/** The exports of a seeded, running Medusa on `port` whose server process is `pid`; writes and says the figures. */
async function measure(port, seed, pid) {
  // A first small request, not measured: the route's first call loads what it needs.
  await exportRange(port, seed.authorization, { ...seed.ranges.small, to: seed.ranges.small.from, lines: 1 }, pid)
  say(`exporting ${seed.ranges.small.lines} lines`)
  const small = await exportRange(port, seed.authorization, seed.ranges.small, pid)
  say(`exporting ${seed.ranges.large.lines} lines`)
  const large = await exportRange(port, seed.authorization, seed.ranges.large, pid)
  // The same export again: a peak that grows again would be memory kept by the first; one that does not is the
  // heap the first grew, reused.
  say(`exporting ${seed.ranges.large.lines} lines again`)
  const largeAgain = await exportRange(port, seed.authorization, seed.ranges.large, pid)
  await new Promise((resolve) => setTimeout(resolve, 5000))
  const restingAfter = await treeRss(pid)
  const report = {
    route: "GET /admin/stripe-connect/reconciliation/export.csv?from=...&to=... (medusa start, bearer token, loopback)",
    seed_seconds: seed.seed_seconds,
    small,
    large,
    large_again: largeAgain,
    rss_5s_after_bytes: restingAfter,
    large_vs_small: {
      lines_per_second_ratio: Math.round((large.lines_per_second / small.lines_per_second) * 100) / 100,
      rss_peak_ratio: Math.round((large.rss_peak_bytes / small.rss_peak_bytes) * 1000) / 1000,
      rss_growth_bytes_difference: large.rss_growth_bytes - small.rss_growth_bytes,
    },
    memory: "RSS of the `medusa start` process and its children, sampled every 20 ms from /proc during each export",
    machine: machine(),
    postgres: "embedded-postgres on loopback",
    at: new Date().toISOString(),
  }
  await writeResult("reconcile-export.json", report)
  const mb = (bytes) => (bytes / 1e6).toFixed(1)
  for (const [name, r] of [["small", small], ["large", large], ["large again", largeAgain]]) {
    say(`${name}: ${r.lines} lines in ${r.seconds} s = ${r.lines_per_second} lines/s; RSS ${mb(r.rss_before_bytes)} MB before, peak ${mb(r.rss_peak_bytes)} MB`)
  }
  say(`RSS 5 s after the last export: ${mb(restingAfter)} MB`)
  say(`load average ${report.machine.loadavg.join(" ")} on ${report.machine.cpus} cpus`)
}

main().catch((error) => {
  process.stderr.write(`${error.stack ?? error}\n`)
  process.exit(1)
})
