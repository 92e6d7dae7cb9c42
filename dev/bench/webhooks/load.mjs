// Load generation over loopback with keep-alive connections: a closed loop (fixed concurrency, fixed count) and
// an open loop (fixed rate for a fixed time). Every loop is bounded by its count or its duration.
import http from "node:http"
import { performance } from "node:perf_hooks"
import { summarize } from "./stats.mjs"

export function createAgent(concurrency) {
  return new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency })
}

/** One POST; resolves with the status and the latency in ms. */
export function post(agent, url, body, headers) {
  return new Promise((resolve) => {
    const started = performance.now()
    const request = http.request(
      url,
      { method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers } },
      (response) => {
        response.resume()
        response.on("end", () => resolve({ status: response.statusCode, ms: performance.now() - started }))
      }
    )
    request.on("error", (error) => resolve({ status: 0, ms: performance.now() - started, error: error.message }))
    request.end(body)
  })
}

/**
 * Sends `count` requests made by `makeRequest(i)` (-> { url, body, headers }) with `concurrency` in flight.
 * Returns throughput, latency percentiles, the statuses seen and the latencies themselves (`samples`, for pooling
 * several runs; `pooled` merges them).
 */
export async function closedLoop({ concurrency, count, makeRequest }) {
  const agent = createAgent(concurrency)
  const latencies = []
  const statuses = {}
  let next = 0
  const started = performance.now()
  const worker = async () => {
    while (next < count) {
      const i = next++
      const { url, body, headers } = makeRequest(i)
      const { status, ms } = await post(agent, url, body, headers)
      latencies.push(ms)
      statuses[status] = (statuses[status] ?? 0) + 1
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  agent.destroy()
  return { requests: count, seconds: Math.round(seconds * 100) / 100, per_second: Math.round(count / seconds), latency: summarize(latencies), statuses, samples: latencies }
}

/** Several closed-loop runs as one: total requests over total time, percentiles of all latencies, statuses summed. */
export function pooled(runs) {
  const requests = runs.reduce((sum, run) => sum + run.requests, 0)
  const seconds = runs.reduce((sum, run) => sum + run.seconds, 0)
  const statuses = {}
  for (const run of runs) {
    for (const [status, n] of Object.entries(run.statuses)) statuses[status] = (statuses[status] ?? 0) + n
  }
  return {
    requests,
    seconds: Math.round(seconds * 100) / 100,
    per_second: Math.round(requests / seconds),
    latency: summarize(runs.flatMap((run) => run.samples)),
    statuses,
  }
}

/** Sends at `rate` requests per second for `seconds` (open loop); returns what was sent and when. */
export async function openLoop({ rate, seconds, makeRequest, maxInFlight = 256 }) {
  const agent = createAgent(maxInFlight)
  const total = Math.round(rate * seconds)
  const started = performance.now()
  const pending = []
  const statuses = {}
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / rate
    const wait = due - performance.now()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const { url, body, headers } = makeRequest(i)
    pending.push(post(agent, url, body, headers).then(({ status }) => { statuses[status] = (statuses[status] ?? 0) + 1 }))
  }
  await Promise.all(pending)
  agent.destroy()
  return { requests: total, statuses }
}
