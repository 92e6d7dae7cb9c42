import type Stripe from "stripe"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PayLinkRow } from "../../../modules/stripe-connect/types"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectInvoiceEvents } from "../../../types/invoices"
import type { WebhookEventHandlerInput } from "../../webhook-events/handlers/types"
import { applyCheckoutSessionEventWorkflow } from "../workflows/apply-checkout-session-event"

/**
 * `checkout.session.completed` / `checkout.session.expired` for pay links: an open link becomes completed (with
 * its payment intent) or expired. Both are final, so a late or repeated event changes nothing. Sessions that
 * are not pay links are left alone. A completed session counts as paying the link's order only when it collected
 * exactly the link's amount in its currency (both recorded when the link was made); otherwise the link stays
 * open and the handler answers the reason.
 */
export async function handleCheckoutSessionEvent({ event, container, record }: WebhookEventHandlerInput) {
  const session = event.data.object as Stripe.Checkout.Session
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [link] = await service.listStripeConnectPayLinks({ checkout_session_id: session.id }, { take: 1 })
  if (!link || (record.account && record.account !== link.stripe_account_id) || link.status !== "open") {
    return { applied: false }
  }
  const at = new Date(event.created * 1000)
  const completed = event.type === "checkout.session.completed"
  const mismatch = completed ? paidAmountMismatch(session, link) : null
  if (mismatch) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(`stripe-connect: pay link ${link.id} was not marked completed: ${mismatch}`)
    return { applied: false, reason: mismatch }
  }
  const paymentIntentId =
    typeof session.payment_intent === "string" ? session.payment_intent : (session.payment_intent?.id ?? null)
  await applyCheckoutSessionEventWorkflow(container).run({
    input: {
      id: link.id,
      update: completed
        ? { status: "completed", completed_at: at, stripe_payment_intent_id: paymentIntentId, last_stripe_event_at: at }
        : { status: "expired", expired_at: at, last_stripe_event_at: at },
      event_name: completed
        ? StripeConnectInvoiceEvents.PAY_LINK_COMPLETED
        : StripeConnectInvoiceEvents.PAY_LINK_EXPIRED,
      stripe_event_id: event.id,
    },
  })
  return { applied: true }
}

/** Why a completed session does not pay the link's amount, or null when it does. */
function paidAmountMismatch(session: Stripe.Checkout.Session, link: PayLinkRow): string | null {
  const currency = (session.currency ?? "").toLowerCase()
  if (currency !== link.currency.toLowerCase() || session.amount_total !== link.amount) {
    return `session collected ${session.amount_total ?? "nothing"} ${currency || "(no currency)"}, the link asks for ${link.amount} ${link.currency}`
  }
  return null
}
