import type Stripe from "stripe"

/**
 * Stripe accepts three refund reasons. The documented example sends "customer_request"; that and Stripe's
 * own names map to Stripe's values, anything else is sent without a reason (it is still stored and put in the
 * refund's metadata).
 */
const STRIPE_REASONS: Record<string, Stripe.RefundCreateParams.Reason> = {
  duplicate: "duplicate",
  fraudulent: "fraudulent",
  fraud: "fraudulent",
  requested_by_customer: "requested_by_customer",
  customer_request: "requested_by_customer",
}

export function toStripeRefundReason(reason: string | null | undefined): Stripe.RefundCreateParams.Reason | undefined {
  return reason ? STRIPE_REASONS[reason.toLowerCase()] : undefined
}
