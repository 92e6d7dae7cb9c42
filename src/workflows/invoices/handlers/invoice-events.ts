import type Stripe from "stripe"
import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { canApplyInvoiceStatus } from "../../../modules/stripe-connect/invoices/invoice-status"
import { INVOICE_EVENT_NAMES } from "../../../types/invoices"
import type { WebhookEventHandlerInput } from "../../webhook-events/handlers/types"
import { toMajorUnits, toMinorUnits } from "../../../modules/stripe-connect/money"
import { loadOrderForInvoice } from "../utils/load-order-for-invoice"
import { orderPaymentMismatch } from "../utils/order-payment-mismatch"
import { applyStripeInvoiceEventWorkflow } from "../workflows/apply-stripe-invoice-event"
import { recordInvoicePaymentOnOrderWorkflow } from "../workflows/record-invoice-payment-on-order"
import { INVOICE_EXPAND, invoiceFieldsFromStripe, invoicePaymentIntentId } from "../utils/invoice-mirror"
import type { InvoiceRow } from "../../../modules/stripe-connect/types"

/**
 * `invoice.finalized`, `invoice.sent`, `invoice.paid`, `invoice.payment_failed`, `invoice.voided` and
 * `invoice.marked_uncollectible` for invoices the plugin sent: the stored invoice takes the event's state unless
 * that would move it backwards (an older event arriving late changes nothing), a paid invoice gets its payment
 * intent and charge ids and is recorded as a payment on the Medusa order it was sent for (once, and only when it
 * paid that order's outstanding amount in its currency; otherwise the reason is kept in the invoice's metadata as
 * `order_payment_refused` and the order is left as it is), and the host hears
 * `stripe.invoice_paid` and the like. Invoices the plugin did not send are left alone.
 */
export async function handleInvoiceEvent({ event, container, record }: WebhookEventHandlerInput) {
  const object = event.data.object as Stripe.Invoice
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [stored] = await service.listStripeConnectInvoices({ stripe_invoice_id: object.id }, { take: 1 })
  if (!stored || (record.account && record.account !== stored.stripe_account_id)) {
    return { applied: false }
  }
  const incoming = object.status ?? "draft"
  if (!canApplyInvoiceStatus(stored.status, incoming)) {
    return { applied: false, reason: `stored status ${stored.status} is newer than ${incoming}` }
  }
  const eventAt = new Date(event.created * 1000)
  const sameStatusButOlder =
    stored.status === incoming && stored.last_stripe_event_at && new Date(stored.last_stripe_event_at) > eventAt
  const update: Record<string, unknown> = sameStatusButOlder ? {} : { ...invoiceFieldsFromStripe(object) }
  update.last_stripe_event_at =
    stored.last_stripe_event_at && new Date(stored.last_stripe_event_at) > eventAt
      ? stored.last_stripe_event_at
      : eventAt
  if (event.type === "invoice.sent" && !stored.sent_at) {
    update.sent_at = eventAt
  }
  if (event.type === "invoice.payment_failed") {
    update.last_payment_error = object.last_finalization_error?.message ?? "The customer's payment failed"
  }
  if (incoming === "paid") {
    Object.assign(update, await paymentIds(container, stored, object))
  }
  const mismatch =
    incoming === "paid" && !stored.metadata?.medusa_payment_id
      ? await paidAmountMismatch(container, stored.order_id, object)
      : null
  if (mismatch) {
    update.metadata = { ...(stored.metadata ?? {}), order_payment_refused: mismatch }
  }
  const { result: applied } = await applyStripeInvoiceEventWorkflow(container).run({
    input: {
      id: stored.id,
      update,
      event_name: INVOICE_EVENT_NAMES[event.type],
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
  if (mismatch) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`stripe-connect: invoice ${stored.stripe_invoice_id} was paid but not recorded on its order: ${mismatch}`)
    return { applied: true, order_marked_paid: false, reason: mismatch }
  }
  if (applied.status === "paid" && applied.amount_paid > 0 && !applied.metadata?.medusa_payment_id) {
    await recordInvoicePaymentOnOrderWorkflow(container).run({
      input: {
        invoice_id: applied.id,
        order_id: applied.order_id,
        amount: toMajorUnits(applied.amount_paid, applied.currency),
        metadata: applied.metadata ?? null,
      },
    })
  }
  return { applied: true }
}

/**
 * Why the paid invoice must not mark its order paid (docs/api.md#send-invoice), or null: the order is the one
 * recorded when the invoice was sent, and what was paid must be its outstanding amount in its currency.
 */
async function paidAmountMismatch(
  container: MedusaContainer,
  orderId: string,
  object: Stripe.Invoice
): Promise<string | null> {
  const order = await loadOrderForInvoice(container, orderId).catch(() => null)
  if (!order) {
    return `order ${orderId} was not found`
  }
  const currency = order.currency_code.toLowerCase()
  const outstanding = toMinorUnits(order.total, currency) - toMinorUnits(order.summary?.paid_total ?? 0, currency)
  return orderPaymentMismatch(
    { amount: object.amount_paid, currency: object.currency },
    { id: order.id, currency, outstanding }
  )
}

/**
 * The payment intent and charge that paid the invoice: from the event when Stripe included `payments`, otherwise
 * read from Stripe. Unreadable (e.g. the integration was disconnected): left as they are, with a warning.
 */
async function paymentIds(container: MedusaContainer, stored: InvoiceRow, object: Stripe.Invoice) {
  const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
  const stripeAccount = stored.stripe_account_id
  try {
    let paymentIntentId = invoicePaymentIntentId(object) ?? stored.stripe_payment_intent_id
    if (!paymentIntentId) {
      const invoice = await gateway.invoices.retrieve(stripeAccount, object.id, { expand: INVOICE_EXPAND })
      paymentIntentId = invoicePaymentIntentId(invoice)
    }
    if (!paymentIntentId) {
      return {}
    }
    const intent = await gateway.payments.retrieve(paymentIntentId, {}, stripeAccount)
    const chargeId =
      typeof intent.latest_charge === "string" ? intent.latest_charge : (intent.latest_charge?.id ?? null)
    return { stripe_payment_intent_id: paymentIntentId, ...(chargeId ? { stripe_charge_id: chargeId } : {}) }
  } catch (error) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`stripe-connect: could not read the payment of invoice ${object.id}: ${(error as Error).message}`)
    return {}
  }
}
