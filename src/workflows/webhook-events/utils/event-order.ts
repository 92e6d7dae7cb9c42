import type { MedusaContainer } from "@medusajs/framework/types"
import type { StoredWebhookEvent } from "../../../modules/stripe-connect/webhooks/webhook-event-store"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

/**
 * The ordering rule of the plugin's webhook handlers. Stripe delivers in any order, so a handler must not let an
 * older event overwrite newer state. Two ways to know:
 *
 * 1. Records that mirror a Stripe object keep the `created` of the newest event applied to them
 *    (`last_stripe_event_at`) and skip events with an older `created` (`isStaleStripeEvent` in
 *    `modules/stripe-connect/accounts/event-order.ts`), or re-read the object from Stripe, which is never stale.
 * 2. Handlers that keep no record (the host events of payouts and disputes) ask this function: an event is
 *    superseded when an event about the same object (the first of `related_object_ids`) with a later `created`
 *    has already been processed. Such an event is marked processed without acting.
 *
 * Stripe's `created` has one-second resolution: events of the same second are not ordered and are both applied.
 * Processing holds a lock on the object id, so two events about one object are never handled at the same time.
 */
export async function isSupersededEvent(container: MedusaContainer, record: StoredWebhookEvent): Promise<boolean> {
  const objectId = record.related_object_ids[0]
  if (!objectId) {
    return false
  }
  return await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).hasNewerProcessedWebhookEvent({
    object_id: objectId,
    account: record.account,
    created_after: new Date(record.stripe_created_at),
    exclude_id: record.id,
  })
}
