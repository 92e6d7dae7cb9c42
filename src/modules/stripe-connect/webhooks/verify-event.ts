import type Stripe from "stripe"
import { MedusaError } from "@medusajs/framework/utils"
import { StripeConnectError } from "../errors/stripe-connect-error"

/** Stripe's default: a signature whose timestamp is more than 5 minutes away from now is refused (replays). */
export const SIGNATURE_TOLERANCE_SECONDS = 300

export type VerifyStripeEventOptions = {
  /** The body as the framework's JSON parser already read it from the same bytes; saves parsing it again. */
  parsedBody?: unknown
  toleranceSeconds?: number
}

/**
 * Verifies a delivery's `Stripe-Signature` against the raw body with each secret in turn (several secrets let a
 * store roll its signing secret without downtime) and returns the event. A missing header, a signature made with
 * another secret, a changed body or a stale timestamp is a 400 `invalid_request` that says nothing about the
 * secrets.
 */
export function verifyStripeEvent(
  webhooks: Pick<Stripe.Webhooks, "signature">,
  rawBody: Buffer | string,
  signatureHeader: string | string[] | undefined,
  secrets: readonly string[],
  options: VerifyStripeEventOptions = {}
): Stripe.Event {
  const signature = Array.isArray(signatureHeader) ? signatureHeader[0] : signatureHeader
  if (!signature) {
    throw new StripeConnectError("invalid_request", "Stripe-Signature header is missing", { param: "Stripe-Signature" })
  }
  const payload = typeof rawBody === "string" ? rawBody : rawBody.toString("utf8")
  const tolerance = options.toleranceSeconds ?? SIGNATURE_TOLERANCE_SECONDS
  if (!secrets.some((secret) => isSignedWith(webhooks, payload, signature, secret, tolerance))) {
    throw new StripeConnectError(
      "invalid_request",
      "Stripe-Signature could not be verified: wrong signature or secret, changed body, or timestamp outside the tolerance",
      { param: "Stripe-Signature" }
    )
  }
  return toEvent(payload, options.parsedBody)
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

function toEvent(payload: string, parsedBody: unknown): Stripe.Event {
  if (parsedBody && typeof parsedBody === "object" && !Array.isArray(parsedBody) && "id" in parsedBody) {
    return parsedBody as Stripe.Event
  }
  try {
    const event: unknown = JSON.parse(payload)
    if (event && typeof event === "object" && "id" in event) {
      return event as Stripe.Event
    }
  } catch {
    // Reported below.
  }
  throw new StripeConnectError("invalid_request", "The signed body is not a Stripe event", { param: "body" })
}
