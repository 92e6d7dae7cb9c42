import { createHash } from "node:crypto"

/**
 * Idempotency keys of the payment writes to Stripe. Each names the operation, so a retry (by the SDK, a workflow
 * or the client repeating its request with the same `Idempotency-Key` header) reaches Stripe with the same key and
 * Stripe answers with the first result instead of moving money twice.
 */
export const paymentIdempotencyKeys = {
  /** One payment intent per admin request; the hash covers what is charged so a reused request id cannot charge differently. */
  createIntent: (requestId: string, identity: { account_id: string; amount: number; currency: string; order_id?: string | null }) =>
    `stripe-connect:payment:create:${requestId}:${digest(
      [identity.account_id, identity.amount, identity.currency, identity.order_id ?? ""].join("\u0000")
    )}`,
  /** A payment intent is captured once. */
  capture: (paymentIntentId: string) => `stripe-connect:capture:${paymentIntentId}`,
  /** One refund per refund request. */
  refund: (paymentIntentId: string, requestId: string) => `stripe-connect:refund:${paymentIntentId}:${requestId}`,
  /** A payment intent is canceled once. */
  cancel: (paymentIntentId: string) => `stripe-connect:cancel:${paymentIntentId}`,
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 24)
}
