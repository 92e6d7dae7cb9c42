import { handleAccountUpdatedEvent, handleCapabilityUpdatedEvent } from "../../accounts/handlers"
import { handleApplicationDeauthorizedEvent } from "../../integrations/handlers"
import { handlePaymentIntentEvent } from "../../payments/handlers"
import { handleInvoiceEvent } from "../../invoices/handlers/invoice-events"
import { handleChargeRefundedWithInvoices } from "../../invoices/handlers/charge-refunded"
import { handleCheckoutSessionEvent } from "../../pay-links/handlers/checkout-session-events"
import { handleStripeDisputeEvent } from "../../disputes/handlers/dispute-events"
import { handleStripeTransferEvent } from "../../transfers/handlers/transfer-events"
import { handleStripePayoutEvent } from "../../payouts/handlers/payout-events"
import { handlePayoutEventWithLedger } from "../../reconciliation/handlers/payout-ledger-events"
import type { WebhookEventHandler } from "./types"

/**
 * Which handler processes which Stripe event type. A feature adds one line per type it handles; a type without
 * a line is stored and marked `ignored`.
 */
export const webhookEventHandlers: Record<string, WebhookEventHandler> = {
  "account.updated": handleAccountUpdatedEvent,
  "capability.updated": handleCapabilityUpdatedEvent,
  "account.application.deauthorized": handleApplicationDeauthorizedEvent,
  "payout.created": handleStripePayoutEvent,
  "payout.updated": handlePayoutEventWithLedger,
  "payout.paid": handlePayoutEventWithLedger,
  "payout.failed": handleStripePayoutEvent,
  "payout.canceled": handleStripePayoutEvent,
  "charge.dispute.created": handleStripeDisputeEvent,
  "charge.dispute.updated": handleStripeDisputeEvent,
  "charge.dispute.closed": handleStripeDisputeEvent,
  "transfer.created": handleStripeTransferEvent,
  "transfer.reversed": handleStripeTransferEvent,
  "transfer.updated": handleStripeTransferEvent,
  "payment_intent.succeeded": handlePaymentIntentEvent,
  "payment_intent.payment_failed": handlePaymentIntentEvent,
  "payment_intent.amount_capturable_updated": handlePaymentIntentEvent,
  "payment_intent.canceled": handlePaymentIntentEvent,
  // Charges that paid a plugin invoice; every other charge goes on to the payments handler.
  "charge.refunded": handleChargeRefundedWithInvoices,
  "invoice.finalized": handleInvoiceEvent,
  "invoice.sent": handleInvoiceEvent,
  "invoice.paid": handleInvoiceEvent,
  "invoice.payment_failed": handleInvoiceEvent,
  "invoice.voided": handleInvoiceEvent,
  "invoice.marked_uncollectible": handleInvoiceEvent,
  "checkout.session.completed": handleCheckoutSessionEvent,
  "checkout.session.expired": handleCheckoutSessionEvent,
}

const registered = new Map<string, WebhookEventHandler>()

/**
 * Adds (or replaces) a handler at run time, e.g. from a host's loader or a test. Returns a function that removes
 * it again. Handlers registered here win over the table above.
 */
export function registerWebhookEventHandler(type: string, handler: WebhookEventHandler): () => void {
  registered.set(type, handler)
  return () => {
    if (registered.get(type) === handler) {
      registered.delete(type)
    }
  }
}

/** The handler for an event type, or undefined when the type is not handled. */
export function findWebhookEventHandler(type: string): WebhookEventHandler | undefined {
  return registered.get(type) ?? webhookEventHandlers[type]
}

/**
 * Every event type with a handler, sorted: what the per-account endpoints the plugin registers subscribe to, so
 * Stripe does not deliver (and the plugin does not store) events nothing would apply.
 */
export function handledWebhookEventTypes(): string[] {
  return [...new Set([...Object.keys(webhookEventHandlers), ...registered.keys()])].sort()
}
