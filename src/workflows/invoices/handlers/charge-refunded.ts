import type Stripe from "stripe"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectInvoiceEvents } from "../../../types/invoices"
import { handleChargeRefundedEvent } from "../../payments/handlers/charge-refunded"
import type { WebhookEventHandlerInput } from "../../webhook-events/handlers/types"
import { applyStripeInvoiceEventWorkflow } from "../workflows/apply-stripe-invoice-event"
import type { InvoiceRow } from "../../../modules/stripe-connect/types"

/**
 * `charge.refunded`: when the charge paid an invoice the plugin sent (a direct charge on the connected account,
 * never a plugin payment), the invoice's `amount_refunded` becomes what the charge shows (it only grows, so a late
 * event changes nothing) and the host hears `stripe.invoice_refunded`. Every other charge goes to the payments
 * feature's handler, unchanged.
 */
export async function handleChargeRefundedWithInvoices(input: WebhookEventHandlerInput) {
  const { event, container, record } = input
  const charge = event.data.object as Stripe.Charge
  const paymentIntentId =
    typeof charge.payment_intent === "string" ? charge.payment_intent : (charge.payment_intent?.id ?? null)
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const filters = paymentIntentId
    ? [{ stripe_charge_id: charge.id }, { stripe_payment_intent_id: paymentIntentId }]
    : [{ stripe_charge_id: charge.id }]
  let stored: InvoiceRow | undefined
  for (const filter of filters) {
    ;[stored] = await service.listStripeConnectInvoices(filter, { take: 1 })
    if (stored) {
      break
    }
  }
  if (!stored || (record.account && record.account !== stored.stripe_account_id)) {
    return await handleChargeRefundedEvent(input)
  }
  if (charge.amount_refunded <= stored.amount_refunded) {
    return { invoice_applied: false }
  }
  await applyStripeInvoiceEventWorkflow(container).run({
    input: {
      id: stored.id,
      update: { amount_refunded: charge.amount_refunded, stripe_charge_id: charge.id },
      event_name: StripeConnectInvoiceEvents.INVOICE_REFUNDED,
      event: {
        id: stored.id,
        stripe_invoice_id: stored.stripe_invoice_id,
        stripe_event_id: event.id,
        order_id: stored.order_id,
        integration_id: stored.integration_id,
        account: stored.stripe_account_id,
      },
    },
  })
  return { invoice_applied: true }
}
