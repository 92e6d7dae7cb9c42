import type Stripe from "stripe"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  StripeConnectHostEvents,
  type StripeDisputeHostEventData,
} from "../../../types/webhook-events"
import { isSupersededEvent } from "../utils/event-order"
import type { WebhookEventHandlerInput } from "./types"

/**
 * `charge.dispute.created` / `charge.dispute.updated`: tells the host through `stripe.dispute_created` /
 * `stripe.dispute_updated` with the dispute as spec 000 lists it (ids, amount in minor units, reason, status,
 * evidence due date). An event older than one already processed for the same dispute is skipped, so the last
 * status a host sees is the dispute's latest whatever the delivery order.
 */
export async function handleDisputeEvent({ event, container, record }: WebhookEventHandlerInput) {
  if (await isSupersededEvent(container, record)) {
    return { emitted: false }
  }
  const dispute = event.data.object as Stripe.Dispute
  const dueBy = dispute.evidence_details?.due_by
  const data: StripeDisputeHostEventData = {
    id: record.id,
    stripe_event_id: event.id,
    account: record.account,
    object_id: dispute.id,
    stripe_created_at: new Date(event.created * 1000).toISOString(),
    dispute_id: dispute.id,
    payment_intent_id: idOf(dispute.payment_intent),
    charge_id: idOf(dispute.charge),
    account_id: record.account,
    amount: dispute.amount,
    currency: dispute.currency,
    reason: dispute.reason,
    status: dispute.status,
    evidence_due_by: dueBy ? new Date(dueBy * 1000).toISOString() : null,
  }
  const name =
    event.type === "charge.dispute.created"
      ? StripeConnectHostEvents.DISPUTE_CREATED
      : StripeConnectHostEvents.DISPUTE_UPDATED
  await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({ name, data })
  return { emitted: true }
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) {
    return null
  }
  return typeof value === "string" ? value : value.id
}
