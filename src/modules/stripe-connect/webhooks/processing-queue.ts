import type { Logger } from "@medusajs/framework/types"
import { Batcher, type BatcherOptions } from "./batcher"
import type { IngestLoad } from "./ingest-load"
import { errorMessageOf } from "../errors/error-text"

/**
 * While the endpoints are busy, processing takes at most a tenth of the time (its runs, then 9x as long off, at most
 * 2 s): measured with `npm run bench:webhooks`, a factor of 3 left ingest at 0.71x the bare route, 9 gave 0.76-0.84x,
 * and 19 (at most 4 s) no more (0.78x twice). A rest ends early when the burst is over (checked every 100 ms): a
 * few deliveries in flight are the tail of a burst, not its end, so the rest goes on until almost none are left.
 */
const REST_FACTOR = 9
const MAX_REST_MS = 2000
const REST_CHECK_MS = 100

function restWhileIngestIsBusy(load: IngestLoad): Pick<BatcherOptions, "restAfterRun" | "keepResting" | "restCheckMs"> {
  return {
    restAfterRun: (runMs) => (load.busy() ? Math.min(runMs * REST_FACTOR, MAX_REST_MS) : 0),
    keepResting: () => !load.quiet(),
    restCheckMs: REST_CHECK_MS,
  }
}

/**
 * The in-process queue between receiving and processing: ids of received events are processed in batches (up
 * to 100, after at most 10 ms, one batch at a time), so a burst of deliveries costs a few workflow runs instead
 * of one each, and leaves the CPU and the connection pool to the webhook endpoints (two batches at a time, with
 * their handlers' queries, starved the endpoints' inserts of connections: ingest fell to 0.41x the bare route,
 * against 0.63x with one). During a burst of deliveries processing steps back (see `restWhileIngestIsBusy`):
 * answering Stripe in time comes first, and the backlog is processed as soon as the burst is over.
 */
export function createWebhookProcessingQueue(
  process: (ids: string[]) => Promise<void>,
  load: IngestLoad,
  logger: Logger
): Batcher {
  return new Batcher(
    process,
    { maxBatch: 100, delayMs: 10, maxConcurrent: 1, ...restWhileIngestIsBusy(load) },
    (error, ids) =>
      logger.warn(
        `stripe-connect: processing ${ids.length} webhook events failed (the retry job takes them again): ${errorMessageOf(
          error
        )}`
      )
  )
}
