import type Stripe from "stripe"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  StripeConnectHostEvents,
  type StripePayoutHostEventData,
} from "../../../types/webhook-events"
import { isSupersededEvent } from "../utils/event-order"
import type { WebhookEventHandlerInput } from "./types"

/**
 * `payout.paid` / `payout.failed`: tells the host through `stripe.payout_paid` / `stripe.payout_failed` with the
 * payout's amount (minor units), currency, status, arrival date and failure reason. An event older than one
 * already processed for the same payout is skipped.
 */
export async function handlePayoutEvent({ event, container, record }: WebhookEventHandlerInput) {
  if (await isSupersededEvent(container, record)) {
    return { emitted: false }
  }
  const payout = event.data.object as Stripe.Payout
  const data: StripePayoutHostEventData = {
    id: record.id,
    stripe_event_id: event.id,
    account: record.account,
    object_id: payout.id,
    stripe_created_at: new Date(event.created * 1000).toISOString(),
    payout_id: payout.id,
    amount: payout.amount,
    currency: payout.currency,
    status: payout.status,
    arrival_date: payout.arrival_date ? new Date(payout.arrival_date * 1000).toISOString() : null,
    failure_code: payout.failure_code ?? null,
    failure_message: payout.failure_message ?? null,
  }
  const name = event.type === "payout.paid" ? StripeConnectHostEvents.PAYOUT_PAID : StripeConnectHostEvents.PAYOUT_FAILED
  await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({ name, data })
  return { emitted: true }
}
