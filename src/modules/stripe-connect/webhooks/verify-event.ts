import type Stripe from "stripe"
import { StripeConnectError } from "../errors/stripe-connect-error"

/** Stripe's default: a signature whose timestamp is more than 5 minutes away from now is refused (replays). */
export const SIGNATURE_TOLERANCE_SECONDS = 300

/**
 * Verifies a delivery's `Stripe-Signature` against the raw body with each secret in turn (several secrets let a
 * store roll its signing secret without downtime) and returns the event. A missing header, a signature made with
 * another secret, a changed body or a stale timestamp is a 400 `invalid_request` that says nothing about the
 * secrets.
 */
export function verifyStripeEvent(
  webhooks: Pick<Stripe.Webhooks, "constructEvent">,
  rawBody: Buffer | string,
  signatureHeader: string | string[] | undefined,
  secrets: readonly string[],
  toleranceSeconds: number = SIGNATURE_TOLERANCE_SECONDS
): Stripe.Event {
  const signature = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader
  if (!signature) {
    throw new StripeConnectError("invalid_request", "Stripe-Signature header is missing", { param: "Stripe-Signature" })
  }
  for (const secret of secrets) {
    try {
      return webhooks.constructEvent(rawBody, signature, secret, toleranceSeconds)
    } catch {
      // Try the next secret; which one failed and why is not disclosed.
    }
  }
  throw new StripeConnectError(
    "invalid_request",
    "Stripe-Signature could not be verified: wrong signature or secret, changed body, or timestamp outside the tolerance",
    { param: "Stripe-Signature" }
  )
}
