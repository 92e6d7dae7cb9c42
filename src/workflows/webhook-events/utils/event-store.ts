import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { WebhookEventStore } from "../../../modules/stripe-connect/webhooks/webhook-event-store"

/** The webhook event store on the app's database connection. */
export function webhookEventStore(container: MedusaContainer): WebhookEventStore {
  return new WebhookEventStore(container.resolve<Knex>(ContainerRegistrationKeys.PG_CONNECTION))
}
