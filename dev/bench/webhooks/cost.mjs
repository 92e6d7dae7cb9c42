// What a webhook costs in CPU, and what that cost allows: the figures `npm run bench:webhooks` compares
// deployments by, since on a 2-core machine shared with the load generator throughput ratios mostly measure the
// sharing. Pure functions over CPU milliseconds read from /proc (app.mjs).
import { round2 } from "./stats.mjs"

/** The parts that serve a request (load generator excluded): the app's processes, Postgres and Redis. */
export const SERVING_PARTS = ["app", "postgres", "redis"]

/** CPU milliseconds the serving parts used between two snapshots, per request. */
export function cpuMsPerRequest(before, after, requests) {
  const used = SERVING_PARTS.reduce((sum, part) => sum + ((after[part] ?? 0) - (before[part] ?? 0)), 0)
  return requests ? round2(used / requests) : null
}

/**
 * Scaling efficiency of one measured window: the throughput reached over the throughput the measured per-event
 * CPU cost allows on the cores left to the serving parts (the machine's cores less what the load generator used).
 * 1 means every spare core was busy serving; below, the deployment waited on something other than CPU.
 */
export function scalingEfficiency({ perSecond, cpuMsPerEvent, cores, loadGeneratorCores }) {
  const spareCores = Math.max(cores - loadGeneratorCores, 0)
  const allowed = cpuMsPerEvent ? (spareCores * 1000) / cpuMsPerEvent : null
  return {
    spare_cores: round2(spareCores),
    allowed_per_second: allowed === null ? null : Math.round(allowed),
    efficiency: allowed ? round2(perSecond / allowed) : null,
  }
}

/**
 * Events per second on a machine with `cores` cores, on paper: each part needs its measured CPU per event, the
 * serving parts share the cores in that proportion, and Postgres (one primary) cannot take more than its insert
 * ceiling measured here scaled by the cores it would get. Names the part that saturates first.
 */
export function projection({ cores, cpuMsPerEventByPart, pgInsertCeilingPerCore }) {
  const total = Object.values(cpuMsPerEventByPart).reduce((sum, ms) => sum + ms, 0)
  const cpuBound = (cores * 1000) / total
  const postgresCores = (cores * (cpuMsPerEventByPart.postgres ?? 0)) / total
  const postgresBound = pgInsertCeilingPerCore * postgresCores
  const limitedBy = postgresBound < cpuBound ? "postgres insert ceiling" : "cpu (node processes and postgres together)"
  return {
    cores,
    on_paper: true,
    events_per_second: Math.round(Math.min(cpuBound, postgresBound)),
    cpu_bound_per_second: Math.round(cpuBound),
    postgres_bound_per_second: Math.round(postgresBound),
    cores_for_node: round2(cores - postgresCores),
    cores_for_postgres: round2(postgresCores),
    saturates_first: limitedBy,
  }
}
