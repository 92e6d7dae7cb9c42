import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { WEBHOOK_EVENT_CHANNEL, WebhookEventStore } from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { processWebhookEventsWorkflow } from "../workflows/process-webhook-events"

const BATCH_SIZE = 100

/** The part of a pg client the listener uses (the driver's client, as the knex pool hands it out). */
type ListeningConnection = {
  query(sql: string): Promise<unknown>
  on(event: "notification", listener: () => void): void
  once(event: "error" | "end", listener: () => void): void
}

/**
 * A worker instance's side of the hand-off from server-only instances: one pooled connection LISTENs on the
 * channel they NOTIFY, and each notification (or `kick`) processes pending events in batches until none is
 * left. One drain runs at a time; a notification during it makes it look again. Exactly-once does not depend on
 * this: every batch claims its events atomically, so several workers (or a worker and the retry job) share
 * the work.
 */
export class PendingWebhookEventsDrain {
  private connection: ListeningConnection | null = null
  private running = false
  private again = false

  constructor(
    private readonly container: MedusaContainer,
    private readonly knex: Knex,
    private readonly logger: Logger
  ) {}

  /** Starts listening unless this instance listens already (after a lost connection, again). */
  async listen(): Promise<void> {
    if (this.connection) {
      return
    }
    const connection = (await this.knex.client.acquireConnection()) as ListeningConnection
    const lost = () => {
      if (this.connection === connection) {
        this.connection = null
        this.knex.client.releaseConnection(connection)
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
    if (this.running) {
      this.again = true
      return
    }
    this.running = true
    void this.drain().finally(() => {
      this.running = false
    })
  }

  private async drain(): Promise<void> {
    const store = new WebhookEventStore(this.knex)
    try {
      do {
        this.again = false
        for (let ids = await store.findPending(BATCH_SIZE); ids.length; ids = await store.findPending(BATCH_SIZE)) {
          await processWebhookEventsWorkflow(this.container).run({ input: { ids } })
        }
      } while (this.again)
    } catch (error) {
      this.logger.warn(
        `stripe-connect: processing pending webhook events failed (the retry job takes them): ${
          error instanceof Error ? error.message : String(error)
        }`
      )
    }
  }
}

const drains = new WeakMap<object, PendingWebhookEventsDrain>()

/** The app's drain (one per database connection). */
export function pendingWebhookEventsDrain(container: MedusaContainer): PendingWebhookEventsDrain {
  const knex = container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION)
  let drain = drains.get(knex)
  if (!drain) {
    drain = new PendingWebhookEventsDrain(container, knex, container.resolve<Logger>(ContainerRegistrationKeys.LOGGER))
    drains.set(knex, drain)
  }
  return drain
}
