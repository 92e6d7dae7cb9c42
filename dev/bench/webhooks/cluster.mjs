// The scaling table of `npm run bench:webhooks`: 1, 2 and 4 server processes (workerMode=server) behind
// round-robin load and one worker, all on Medusa's Redis modules and one database, each process started by the
// benchmark. For each size: throughput, each process's cores, CPU per event, and how close that comes to what the
// per-event cost allows on the cores the load generator left (cost.mjs).
import { readFileSync } from "node:fs"
import os from "node:os"
import { performance } from "node:perf_hooks"
import { treeCpuMs } from "./app.mjs"
import { scalingEfficiency } from "./cost.mjs"
import { waitProcessed } from "./events.mjs"
import { closedLoop } from "./load.mjs"
import { round2 } from "./stats.mjs"

export const SERVER_COUNTS = [1, 2, 4]

function loadGeneratorMs() {
  const usage = process.cpuUsage()
  return (usage.user + usage.system) / 1000
}

/** CPU ms the whole machine spent busy so far (every process, other work included), from /proc/stat. */
function machineBusyMs() {
  const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number)
  const idle = ticks[3] + ticks[4]
  return (ticks.slice(0, 8).reduce((sum, value) => sum + value, 0) - idle) * 10
}

/** CPU ms so far of each started process, of the named parts (Postgres, Redis) and of this load generator. */
function snapshot(instances, cpuParts) {
  return {
    processes: instances.map(({ app }) => treeCpuMs(app.pid)),
    parts: Object.fromEntries(Object.entries(cpuParts).map(([name, read]) => [name, read()])),
    load_generator: loadGeneratorMs(),
    machine: machineBusyMs(),
    at: performance.now(),
  }
}

function coresBetween(before, after) {
  const wallMs = after.at - before.at
  const cores = (a, b) => round2((b - a) / wallMs)
  return {
    processes: after.processes.map((ms, i) => cores(before.processes[i], ms)),
    ...Object.fromEntries(Object.keys(after.parts).map((name) => [name, cores(before.parts[name], after.parts[name])])),
    load_generator: cores(before.load_generator, after.load_generator),
    machine: cores(before.machine, after.machine),
  }
}

function servingMs(before, after) {
  const processes = after.processes.reduce((sum, ms, i) => sum + ms - before.processes[i], 0)
  const parts = Object.keys(after.parts).reduce((sum, name) => sum + after.parts[name] - before.parts[name], 0)
  return processes + parts
}

/** Why a size did not go faster, from where the cores went. */
function limitedBy(efficiency, cores) {
  if (efficiency.efficiency !== null && efficiency.efficiency >= 0.9) {
    return "cpu: the cores the load generator left were all busy serving"
  }
  if (cores.machine >= 0.9 * os.cpus().length) {
    return "cpu: the machine's cores were all busy, other work than this benchmark included"
  }
  const busiest = Math.max(...cores.processes)
  if (busiest >= 0.9) return "one process's CPU (about one core)"
  return "not cpu: the serving parts waited (locks, connections or I/O)"
}

/**
 * @param {object} options
 * @param {(workerMode: string) => Promise<{ app: import("node:child_process").ChildProcess, base: string }>} options.startInstance
 * @param {() => Promise<void>} options.stopAll stops every process `startInstance` started
 * @param {Record<string, () => number>} options.cpuParts CPU ms so far of Postgres and Redis
 * @param {(base: string, prefix: string, i: number) => { url: string, body: string, headers: object }} options.makeRequest
 */
export async function measureScaling({ startInstance, stopAll, pool, cpuParts, makeRequest, count, warmup, concurrency, say }) {
  const rows = []
  const perSize = Math.ceil(count / 2)
  for (const servers of SERVER_COUNTS) {
    say(`cluster: ${servers} server process(es) and 1 worker on Redis`)
    const instances = []
    for (let i = 0; i < servers; i++) instances.push(await startInstance("server"))
    instances.push(await startInstance("worker"))
    const bases = instances.slice(0, servers).map((instance) => instance.base)
    const roundRobin = (prefix) => (i) => makeRequest(bases[i % bases.length], prefix, i)
    try {
      const warmPrefix = `evt_cwarm${servers}_`
      await closedLoop({ concurrency, count: warmup, makeRequest: roundRobin(warmPrefix) })
      await waitProcessed(pool, warmPrefix, warmup, 120_000)

      const prefix = `evt_cluster${servers}_`
      const start = snapshot(instances, cpuParts)
      const burst = await closedLoop({ concurrency, count: perSize, makeRequest: roundRobin(prefix) })
      const burstEnd = snapshot(instances, cpuParts)
      const allProcessed = await waitProcessed(pool, prefix, perSize, 300_000)
      const drained = snapshot(instances, cpuParts)

      const windowSeconds = (drained.at - start.at) / 1000
      const endToEnd = Math.round(perSize / windowSeconds)
      const cpuMsPerEvent = round2(servingMs(start, drained) / perSize)
      const whole = coresBetween(start, drained)
      const efficiency = scalingEfficiency({
        perSecond: endToEnd,
        cpuMsPerEvent,
        cores: os.cpus().length,
        loadGeneratorCores: whole.load_generator,
      })
      rows.push({
        servers,
        workers: 1,
        ingest_per_second: burst.per_second,
        ingest_latency: burst.latency,
        statuses: burst.statuses,
        all_processed: allProcessed,
        per_second: endToEnd,
        measured_as: "events over the time from the burst's start until all of them were processed",
        cpu_ms_per_event: cpuMsPerEvent,
        cores_during_burst: coresBetween(start, burstEnd),
        cores_until_processed: whole,
        process_roles: [...Array(servers).fill("server"), "worker"],
        efficiency,
        limited_by: limitedBy(efficiency, whole),
      })
      say(
        `  ${servers} server(s): ingest ${burst.per_second}/s, stored and processed ${endToEnd}/s, ` +
          `${cpuMsPerEvent} ms CPU per event, efficiency ${efficiency.efficiency}`
      )
    } finally {
      await stopAll()
    }
  }
  return {
    description: "1, 2 and 4 workerMode=server processes with round-robin load, and one worker, on Redis and one database",
    events_per_size: perSize,
    rows,
  }
}
