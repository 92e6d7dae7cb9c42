import type Stripe from "stripe"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectHostEvents, type StripePayoutHostEventData } from "../../../types/webhook-events"
import { isSupersededEvent } from "../../webhook-events/utils/event-order"
import type { WebhookEventHandlerInput } from "../../webhook-events/handlers/types"
import { syncStripePayoutWorkflow } from "../workflows/sync-stripe-payout"

/**
 * `payout.created` / `updated` / `paid` / `failed` / `canceled` of a connected account: the stored payout follows
 * Stripe (read fresh, so any delivery order ends in Stripe's current state), and `payout.paid` / `payout.failed`
 * tell the host through `stripe.payout_paid` / `stripe.payout_failed` with the amount (minor units), currency,
 * status, arrival date and failure code and message. An event older than one already processed for the same
 * payout emits nothing.
 */
export async function handleStripePayoutEvent({ event, container, record }: WebhookEventHandlerInput) {
  const reported = event.data.object as Stripe.Payout
  const accountId = record.account ?? event.account ?? null
  let synced = false
  if (accountId) {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    // Stripe's current payout; when Stripe no longer knows it, the event's copy is the best there is.
    const payout = (await gateway.payouts.find(accountId, reported.id)) ?? reported
    const { result } = await syncStripePayoutWorkflow(container).run({
      input: { payout, account_id: accountId, event_created: event.created },
    })
    synced = result.applied
  }
  if (event.type !== "payout.paid" && event.type !== "payout.failed") {
    return { synced, emitted: false }
  }
  if (await isSupersededEvent(container, record)) {
    return { synced, emitted: false }
  }
  const data: StripePayoutHostEventData = {
    id: record.id,
    stripe_event_id: event.id,
    account: record.account,
    object_id: reported.id,
    stripe_created_at: new Date(event.created * 1000).toISOString(),
    payout_id: reported.id,
    amount: reported.amount,
    currency: reported.currency,
    status: reported.status,
    arrival_date: reported.arrival_date ? new Date(reported.arrival_date * 1000).toISOString() : null,
    failure_code: reported.failure_code ?? null,
    failure_message: reported.failure_message ?? null,
  }
  const name =
    event.type === "payout.paid" ? StripeConnectHostEvents.PAYOUT_PAID : StripeConnectHostEvents.PAYOUT_FAILED
  await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({ name, data })
  return { synced, emitted: true }
}
