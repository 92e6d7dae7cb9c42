// The storage ceiling of the webhook benchmark: the same rows as the webhook stores, with the same
// INSERT ... ON CONFLICT DO NOTHING, each in its own statement through plain `pg` at the benchmark's concurrency, into
// a copy of the plugin's table with all its indexes.
import { performance } from "node:perf_hooks"
import { EVENT_TABLE, makeEvent } from "./events.mjs"
import { round2, summarize } from "./stats.mjs"

export async function pgInsertCeiling(pool, { count, concurrency }) {
  await pool.query(`CREATE TABLE bench_ceiling (LIKE ${EVENT_TABLE} INCLUDING ALL)`)
  let next = 0
  const latencies = []
  const started = performance.now()
  const worker = async () => {
    while (next < count) {
      const i = next++
      const event = makeEvent("evt_ceiling_", i)
      const t0 = performance.now()
      await pool.query(
        `INSERT INTO bench_ceiling (id, stripe_event_id, endpoint, account, account_key, type, livemode, api_version,
           stripe_created_at, payload_raw, related_object_ids)
         VALUES ($1, $2, 'platform', NULL, 'platform', $3, false, $4, to_timestamp($5), $6, $7::text[])
         ON CONFLICT (stripe_event_id, account_key) DO NOTHING RETURNING id`,
        [`scwhevt_c${i}`, event.id, event.type, event.api_version, event.created, JSON.stringify(event), [event.data.object.id]]
      )
      latencies.push(performance.now() - t0)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - started) / 1000
  await pool.query("DROP TABLE bench_ceiling")
  return { rows: count, seconds: round2(seconds), per_second: Math.round(count / seconds), latency: summarize(latencies) }
}
