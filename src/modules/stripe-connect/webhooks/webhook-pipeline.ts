import type { Logger } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"
import type { Batcher } from "./batcher"
import type { NewWebhookEventRow } from "./event-row"
import { IngestLoad, INGEST_BUSY_AT, INGEST_QUIET_BELOW } from "./ingest-load"
import { InsertBatcher } from "./insert-batcher"
import { PendingWebhookEventsDrain } from "./pending-drain"
import { createWebhookProcessingQueue } from "./processing-queue"
import { errorMessageOf } from "../errors/error-text"

/** Processes a batch of stored events: the workflow layer's `processWebhookEventsWorkflow`. */
export type WebhookEventProcessor = (ids: string[]) => Promise<void>

/**
 * Hands stored events to the worker processes through a message bus that reaches them (the workflow layer's emit
 * on Medusa's event bus, when that bus delivers across processes).
 */
export type WebhookEventDispatcher = (ids: string[]) => Promise<void>

/** Where this instance takes part (Medusa's `workerMode`): "server" only receives, "worker" only processes. */
export type WebhookWorkerMode = "shared" | "worker" | "server"

export type WebhookPipelineDependencies = {
  workerMode: WebhookWorkerMode
  /** The app's database connection (the drain holds one of its pooled connections to LISTEN). */
  knex: Knex
  insertMany: (rows: NewWebhookEventRow[]) => Promise<(string | null)[]>
  findPending: (limit: number) => Promise<string[]>
  notifyPending: () => Promise<void>
  logger: Logger
}

/**
 * The background workers of one app's webhook pipeline, owned by the module service and stopped with it:
 * - the group-committing inserter: deliveries that arrive together are stored by one statement, each answered
 *   once it committed. Several statements run at once: a durable commit waits for the disk, and with only one
 *   or two in flight the endpoint idles (measured: 0.64x the bare route with 2, 0.81-0.85x with 6 or 16);
 * - the ingest load: how many deliveries are in flight, so processing steps back during a burst;
 * - the processing queue (shared and worker instances): new events' ids, processed in batches;
 * - on server-only instances, the hand-off to the workers: a message on Medusa's event bus when it reaches other
 *   processes (Redis), which one worker takes; else a NOTIFY, which the workers' pending drain LISTENs for.
 * None of them is durable and none needs to be: a stored event is `pending` in the table until processed, and
 * the retry job takes any whose hand-off was lost. Processing itself is a workflow, which a module cannot run:
 * the workflow layer connects it with `connectProcessor` before it hands anything over.
 */
export class WebhookPipeline {
  private processor: WebhookEventProcessor | null = null
  private dispatcher: WebhookEventDispatcher | null = null
  private readonly load = new IngestLoad(INGEST_BUSY_AT, INGEST_QUIET_BELOW)
  private readonly inserter: InsertBatcher<NewWebhookEventRow>
  private readonly queue: Batcher
  private readonly drain: PendingWebhookEventsDrain

  constructor(private readonly deps: WebhookPipelineDependencies) {
    const process = (ids: string[]) => this.process(ids)
    this.inserter = new InsertBatcher(
      async (rows) => {
        const ids = await deps.insertMany(rows)
        this.handOff(pendingIds(rows, ids))
        return ids
      },
      { maxBatch: 200, maxInFlight: 6 }
    )
    this.queue = createWebhookProcessingQueue(process, this.load, deps.logger)
    this.drain = new PendingWebhookEventsDrain({
      knex: deps.knex,
      findPending: deps.findPending,
      process,
      logger: deps.logger,
    })
  }

  /** Sets how batches are processed; the first processor connected stays. */
  connectProcessor(processor: WebhookEventProcessor): void {
    this.processor ??= processor
  }

  /** Sets how a server-only instance hands events to the workers (instead of NOTIFY); the first one stays. */
  connectDispatcher(dispatcher: WebhookEventDispatcher): void {
    this.dispatcher ??= dispatcher
  }

  hasProcessor(): boolean {
    return this.processor !== null
  }

  /**
   * Stores a verified event unless it is stored already, together with the deliveries arriving at the same
   * moment, and resolves once it committed: the new row's id, or null for a duplicate. New `pending` events are
   * handed to processing after the commit; a rejected one is settled as stored.
   */
  async receive(row: NewWebhookEventRow): Promise<string | null> {
    this.load.enter()
    try {
      if (row.status === "failed") {
        // A malformed event goes alone: whatever is wrong with it can never fail the statement of the others.
        const [id] = await this.deps.insertMany([row])
        return id
      }
      return await this.inserter.insert(row)
    } finally {
      this.load.leave()
    }
  }

  /**
   * Hands stored events to processing. An instance that processes (shared or worker mode) queues them in process;
   * a server-only instance sends them to the workers in one event bus message (one worker takes it), or, when the
   * event bus stays in the process, tells the workers through PostgreSQL's NOTIFY and they claim pending events
   * from the table. A lost hand-off (a crash, Redis down) leaves the events `pending` for the retry job.
   */
  handOff(ids: string[]): void {
    if (!ids.length) {
      return
    }
    if (this.deps.workerMode !== "server") {
      ids.forEach((id) => this.queue.add(id))
      return
    }
    const handOff = this.dispatcher ? this.dispatcher(ids) : this.deps.notifyPending()
    handOff.catch((error: unknown) =>
      this.deps.logger.warn(
        `stripe-connect: could not notify workers of ${ids.length} webhook events (the retry job takes them): ${errorMessageOf(error)}`
      )
    )
  }

  /**
   * Processes a batch the event bus brought now, on this instance, and resolves once it is done (the bus message
   * is settled then, so each worker takes as many batches as it can process).
   */
  async processNow(ids: string[]): Promise<void> {
    await this.process(ids)
  }

  /**
   * On a worker instance whose servers NOTIFY (no cross-process event bus): makes sure it LISTENs for events that
   * server-only instances stored, and drains the pending events in case a notification was missed. Shared
   * instances process what they receive in process, and with an event bus the servers' messages reach the
   * workers, so both skip this.
   */
  async drainPending(): Promise<void> {
    if (this.deps.workerMode !== "worker" || this.dispatcher) {
      return
    }
    try {
      await this.drain.listen()
    } catch (error) {
      this.deps.logger.warn(
        `stripe-connect: cannot listen for pending webhook events (polling each second instead): ${errorMessageOf(error)}`
      )
    }
    this.drain.kick()
  }

  /** How many ids wait in the processing queue and how many batches run (for tests and diagnostics). */
  processingState(): { waiting: number; running: number } {
    return this.queue.state()
  }

  /**
   * Stops on the app's shutdown: the deliveries being stored are committed (their callers are answered), the
   * LISTEN connection goes back to the pool, and the batch being processed ends; ids still queued stay `pending`
   * in the table for the retry job of an instance that runs.
   */
  async stop(): Promise<void> {
    await this.inserter.settled()
    await Promise.all([this.drain.close(), this.queue.stop()])
  }

  private async process(ids: string[]): Promise<void> {
    if (!this.processor) {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "No webhook event processor is connected")
    }
    await this.processor(ids)
  }
}

/** The ids of the rows just stored that wait for processing (not duplicates, not rejected). */
function pendingIds(rows: NewWebhookEventRow[], ids: (string | null)[]): string[] {
  const pending: string[] = []
  ids.forEach((id, i) => {
    if (id !== null && rows[i].status === "pending") {
      pending.push(id)
    }
  })
  return pending
}
