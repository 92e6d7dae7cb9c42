import type { Logger } from "@medusajs/framework/types"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { WEBHOOK_EVENT_CHANNEL } from "./webhook-event-store"
import { errorMessageOf } from "../errors/error-text"

const BATCH_SIZE = 100

/** The part of a pg client the listener uses (the driver's client, as the knex pool hands it out). */
type ListeningConnection = {
  query(sql: string): Promise<unknown>
  on(event: "notification", listener: () => void): void
  once(event: "error" | "end", listener: () => void): void
  removeAllListeners(event: "notification"): void
}

export type PendingDrainDependencies = {
  /** The app's database connection; one of its pooled connections is held to LISTEN. */
  knex: Knex
  /** Pending events, oldest first, at most `limit`. */
  findPending: (limit: number) => Promise<string[]>
  /** Processes a batch of stored events (claims them first). */
  process: (ids: string[]) => Promise<void>
  logger: Logger
}

/**
 * A worker instance's side of the hand-off from server-only instances: one pooled connection LISTENs on the
 * channel they NOTIFY, and each notification (or `kick`) processes pending events in batches until none is
 * left. One drain runs at a time; a notification during it makes it look again. Exactly-once does not depend on
 * this: every batch claims its events atomically, so several workers (or a worker and the retry job) share
 * the work. `close` gives the connection back and waits for the drain that runs.
 */
export class PendingWebhookEventsDrain {
  private connection: ListeningConnection | null = null
  private running: Promise<void> | null = null
  private again = false
  private closed = false

  constructor(private readonly deps: PendingDrainDependencies) {}

  /** Starts listening unless this instance listens already (after a lost connection, again). */
  async listen(): Promise<void> {
    if (this.connection || this.closed) {
      return
    }
    const { knex } = this.deps
    const connection = (await knex.client.acquireConnection()) as ListeningConnection
    const lost = () => {
      if (this.connection === connection) {
        this.connection = null
        knex.client.releaseConnection(connection)
      }
    }
    connection.once("error", lost)
    connection.once("end", lost)
    connection.on("notification", () => this.kick())
    await connection.query(`LISTEN ${WEBHOOK_EVENT_CHANNEL}`)
    this.connection = connection
  }

  /** Processes pending events now (or right after the drain that is running). */
  kick(): void {
    if (this.closed) {
      return
    }
    if (this.running) {
      this.again = true
      return
    }
    this.running = this.drain().finally(() => {
      this.running = null
    })
  }

  /** Stops listening, returns the connection to the pool and waits for the drain that runs. */
  async close(): Promise<void> {
    this.closed = true
    const connection = this.connection
    this.connection = null
    if (connection) {
      connection.removeAllListeners("notification")
      await connection.query(`UNLISTEN ${WEBHOOK_EVENT_CHANNEL}`).catch(() => undefined)
      await this.deps.knex.client.releaseConnection(connection)
    }
    await this.running
  }

  private async drain(): Promise<void> {
    const { findPending, process, logger } = this.deps
    try {
      do {
        this.again = false
        for (let ids = await findPending(BATCH_SIZE); ids.length && !this.closed; ids = await findPending(BATCH_SIZE)) {
          await process(ids)
        }
      } while (this.again && !this.closed)
    } catch (error) {
      logger.warn(
        `stripe-connect: processing pending webhook events failed (the retry job takes them): ${errorMessageOf(error)}`
      )
    }
  }
}
