import type Stripe from "stripe"
import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectHostEvents, type StripeDisputeHostEventData } from "../../../types/webhook-events"
import { isSupersededEvent } from "../../webhook-events/utils/event-order"
import type { WebhookEventHandlerInput } from "../../webhook-events/handlers/types"
import { syncStripeDisputeWorkflow } from "../workflows/sync-stripe-dispute"
import { idOf } from "../utils/stored-dispute"
import { reverseSellerDisputeSharesWorkflow } from "../workflows/reverse-seller-dispute-shares"
import { restoreSellerDisputeSharesWorkflow } from "../workflows/restore-seller-dispute-shares"

/**
 * `charge.dispute.created` / `updated` / `closed`: the stored dispute follows Stripe (read fresh; the event's copy when
 * Stripe no longer knows it), with the account and merchant of the disputed payment. The host hears
 * `stripe.dispute_created` for a new dispute and `stripe.dispute_updated` for every change, closing included, with the
 * fields listed in docs/api.md#dispute-events (Stripe's raw status). An event older than one already processed for the
 * same dispute emits nothing.
 */
export async function handleStripeDisputeEvent({ event, container, record }: WebhookEventHandlerInput) {
  const reported = event.data.object as Stripe.Dispute
  const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
  const accountHeader = record.account ?? null
  const dispute = (await gateway.disputes.find(reported.id, accountHeader)) ?? reported
  const { result } = await syncStripeDisputeWorkflow(container).run({
    input: { dispute, event_account: accountHeader, event_created: event.created },
  })
  if (!accountHeader) {
    await settleSellerShares(container, event.type, dispute)
  }
  if (await isSupersededEvent(container, record)) {
    return { emitted: false }
  }
  const dueBy = reported.evidence_details?.due_by
  const data: StripeDisputeHostEventData = {
    id: record.id,
    stripe_event_id: event.id,
    account: record.account,
    object_id: reported.id,
    stripe_created_at: new Date(event.created * 1000).toISOString(),
    dispute_id: reported.id,
    payment_intent_id: idOf(reported.payment_intent),
    charge_id: idOf(reported.charge),
    account_id: result.dispute.stripe_account_id ?? record.account,
    amount: reported.amount,
    currency: reported.currency,
    reason: reported.reason,
    status: reported.status,
    evidence_due_by: dueBy ? new Date(dueBy * 1000).toISOString() : null,
  }
  const name =
    event.type === "charge.dispute.created"
      ? StripeConnectHostEvents.DISPUTE_CREATED
      : StripeConnectHostEvents.DISPUTE_UPDATED
  await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({ name, data })
  return { emitted: true }
}

/**
 * A dispute of a multi-seller charge (docs/api.md#seller-disputes), unless the option `disputes.debitSeller` is off:
 * opened, the sellers' shares are reversed; closed as won, they are given back; lost, nothing more. Charges without
 * seller rows are left alone.
 */
async function settleSellerShares(
  container: WebhookEventHandlerInput["container"],
  type: string,
  dispute: Stripe.Dispute
): Promise<void> {
  const paymentIntentId = idOf(dispute.payment_intent)
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  if (!paymentIntentId || !(await service.getOptions()).disputes.debitSeller) {
    return
  }
  const [row] = await service.listStripeConnectSellerTransfers(
    { payment_intent_id: paymentIntentId },
    { select: ["id"], take: 1 }
  )
  if (!row) {
    return
  }
  if (type === "charge.dispute.created") {
    await reverseSellerDisputeSharesWorkflow(container).run({
      input: { dispute_id: dispute.id, payment_intent_id: paymentIntentId, amount: dispute.amount },
    })
  } else if (type === "charge.dispute.closed" && dispute.status === "won") {
    await restoreSellerDisputeSharesWorkflow(container).run({
      input: { dispute_id: dispute.id, payment_intent_id: paymentIntentId },
    })
  }
}
