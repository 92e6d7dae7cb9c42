import type Stripe from "stripe"
import { MedusaError } from "@medusajs/framework/utils"
import { StripeConnectError } from "../errors/stripe-connect-error"

/** Stripe's default: a signature whose timestamp is more than 5 minutes away from now is refused (replays). */
export const SIGNATURE_TOLERANCE_SECONDS = 300

/**
 * Verifies a delivery's `Stripe-Signature` against the raw body with each secret in turn (several secrets let a
 * store roll its signing secret without downtime). It only checks the signature: the body is not parsed before it
 * verified, so a forged megabyte costs one HMAC and nothing else. A missing header, a signature made with another
 * secret, a changed body or a stale timestamp is a 400 `invalid_request` that says nothing about the secrets.
 */
export function verifyStripeSignature(
  webhooks: Pick<Stripe.Webhooks, "signature">,
  payload: string,
  signatureHeader: string | string[] | undefined,
  secrets: readonly string[],
  toleranceSeconds = SIGNATURE_TOLERANCE_SECONDS
): void {
  const signature = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader
  if (!signature) {
    throw new StripeConnectError("invalid_request", "Stripe-Signature header is missing", { param: "Stripe-Signature" })
  }
  if (!secrets.some((secret) => isSignedWith(webhooks, payload, signature, secret, toleranceSeconds))) {
    throw new StripeConnectError(
      "invalid_request",
      "Stripe-Signature could not be verified: wrong signature or secret, changed body, or timestamp outside the tolerance",
      { param: "Stripe-Signature" }
    )
  }
}

function isSignedWith(
  webhooks: Pick<Stripe.Webhooks, "signature">,
  payload: string,
  signature: string,
  secret: string,
  tolerance: number
): boolean {
  if (!webhooks.signature) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The Stripe SDK has no webhook signature helper")
  }
  try {
    return webhooks.signature.verifyHeader(payload, signature, secret, tolerance)
  } catch {
    // Try the next secret; which one failed and why is not disclosed.
    return false
  }
}
