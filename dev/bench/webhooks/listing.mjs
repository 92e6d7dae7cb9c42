// Listing from a long webhook log: the newest 50 events, all and of one type, from 1,000 and from 200,000 stored.
import { performance } from "node:perf_hooks"
import { getJson } from "./app.mjs"
import { EVENT_TABLE } from "./events.mjs"
import { median, round2, summarize } from "./stats.mjs"

async function insertListRows(pool, from, to) {
  await pool.query(
    `INSERT INTO ${EVENT_TABLE} (id, stripe_event_id, endpoint, account, account_key, type, stripe_created_at, payload,
       related_object_ids, status, attempts, processed_at, created_at, updated_at)
     SELECT 'scwhevt_list_' || g, 'evt_list_' || g, 'connect', 'acct_list' || (g % 50), 'acct_list' || (g % 50),
       (ARRAY['payout.paid', 'charge.refunded', 'invoice.paid', 'account.updated', 'charge.dispute.created'])[1 + g % 5],
       now() - make_interval(secs => g), jsonb_build_object('id', 'evt_list_' || g, 'note', repeat('x', 2500)),
       ARRAY['ch_list_' || g], 'processed', 1, now(), now() - make_interval(secs => g), now()
     FROM generate_series($1::int, $2::int) AS g`,
    [from, to]
  )
  await pool.query(`ANALYZE ${EVENT_TABLE}`)
}

async function timeList(url, headers, times) {
  for (let i = 0; i < 10; i++) await getJson(url, headers)
  const samples = []
  for (let i = 0; i < times; i++) {
    const t0 = performance.now()
    const { status } = await getJson(url, headers)
    if (status !== 200) throw new Error(`GET ${url} answered ${status}`)
    samples.push(performance.now() - t0)
  }
  return samples
}

const LISTING_ROUNDS = 3
const LISTING_SAMPLES = 100

/**
 * The short and the long log take turns (the table is emptied and refilled each round), so a drift of the machine's
 * speed between the two measurements does not show up as a ratio; each case pools the samples of every round.
 */
export async function listingBench(pool, base, auth) {
  const all = `${base}/admin/stripe-connect/webhook-events?limit=50`
  const typed = `${base}/admin/stripe-connect/webhook-events?limit=50&type=payout.paid`
  const samples = { small: { all: [], typed: [] }, large: { all: [], typed: [] } }
  const perRound = Math.ceil(LISTING_SAMPLES / LISTING_ROUNDS)
  for (let round = 0; round < LISTING_ROUNDS; round++) {
    await pool.query(`TRUNCATE ${EVENT_TABLE}`)
    await insertListRows(pool, 1, 1_000)
    samples.small.all.push(...(await timeList(all, auth, perRound)))
    samples.small.typed.push(...(await timeList(typed, auth, perRound)))
    await insertListRows(pool, 1_001, 200_000)
    samples.large.all.push(...(await timeList(all, auth, perRound)))
    samples.large.typed.push(...(await timeList(typed, auth, perRound)))
  }
  const described = (values) => ({ ...summarize(values), median_ms: round2(median(values)) })
  const small = { newest_50: described(samples.small.all), newest_50_type_filter: described(samples.small.typed) }
  const large = { newest_50: described(samples.large.all), newest_50_type_filter: described(samples.large.typed) }
  const ratioAll = round2(large.newest_50.median_ms / small.newest_50.median_ms)
  const ratioType = round2(large.newest_50_type_filter.median_ms / small.newest_50_type_filter.median_ms)
  return {
    rounds: LISTING_ROUNDS,
    rows_1000: small,
    rows_200000: large,
    ratio_all: ratioAll,
    ratio_type: ratioType,
    within_1_5x: ratioAll <= 1.5 && ratioType <= 1.5,
  }
}
