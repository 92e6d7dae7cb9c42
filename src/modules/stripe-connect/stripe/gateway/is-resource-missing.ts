import Stripe from "stripe"

/** Whether Stripe answered that the object asked for does not exist (any more). */
export function isResourceMissing(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeError && error.code === "resource_missing"
}
