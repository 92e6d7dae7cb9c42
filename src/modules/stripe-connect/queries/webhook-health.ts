import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { WEBHOOK_EVENT_ENDPOINTS, type WebhookEventEndpoint } from "../../../shared/types/webhook-events"
import { WEBHOOK_EVENT_TABLE } from "../webhooks/webhook-event-store"

export type WebhookHealthFigures = {
  backlog: number
  oldestUnhandledAt: Date | null
  failedRetrying: number
  failedGivenUp: number
  lastEventAt: Record<WebhookEventEndpoint, Date | null>
}

const toDate = (value: Date | string | null | undefined) => (value ? new Date(value) : null)

/**
 * The webhook log's figures for the health route, each from the indexes on (status, created_at) and
 * (created_at, id): unhandled events, failed ones, and the newest event of each endpoint.
 */
export async function readWebhookHealth(knex: Knex): Promise<WebhookHealthFigures> {
  const unhandled = await knex(WEBHOOK_EVENT_TABLE)
    .whereIn("status", ["pending", "processing"])
    .whereNull("deleted_at")
    .select(knex.raw("count(*)::int AS count"), knex.raw("min(created_at) AS oldest"))
    .first()
  const failed = await knex(WEBHOOK_EVENT_TABLE)
    .where("status", "failed")
    .whereNull("deleted_at")
    .select(
      knex.raw("count(*) FILTER (WHERE next_attempt_at IS NOT NULL)::int AS retrying"),
      knex.raw("count(*) FILTER (WHERE next_attempt_at IS NULL)::int AS given_up")
    )
    .first()
  const newest = await Promise.all(
    WEBHOOK_EVENT_ENDPOINTS.map(async (endpoint) => {
      const row = await knex(WEBHOOK_EVENT_TABLE)
        .where("endpoint", endpoint)
        .whereNull("deleted_at")
        .orderBy([
          { column: "created_at", order: "desc" },
          { column: "id", order: "desc" },
        ])
        .first("created_at")
      return [endpoint, toDate(row?.created_at)] as const
    })
  )
  return {
    backlog: unhandled?.count ?? 0,
    oldestUnhandledAt: toDate(unhandled?.oldest),
    failedRetrying: failed?.retrying ?? 0,
    failedGivenUp: failed?.given_up ?? 0,
    lastEventAt: Object.fromEntries(newest) as Record<WebhookEventEndpoint, Date | null>,
  }
}
