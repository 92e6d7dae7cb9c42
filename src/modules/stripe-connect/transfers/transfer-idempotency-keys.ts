import { createHash } from "node:crypto"

/**
 * Idempotency keys of the transfer writes to Stripe. A retry of the same admin request (same `Idempotency-Key`
 * header, or a workflow retry) reaches Stripe with the same key, so money never moves twice; the hash covers what
 * is moved, so a reused request id cannot move something else.
 */
export const transferIdempotencyKeys = {
  create: (requestId: string, identity: { account_id: string; amount: number; currency: string; source_transaction?: string | null }) =>
    `stripe-connect:transfer:create:${requestId}:${digest(
      [identity.account_id, identity.amount, identity.currency, identity.source_transaction ?? ""].join("\u0000")
    )}`,
  reverse: (transferId: string, requestId: string, amount: number | null) =>
    `stripe-connect:transfer:reverse:${transferId}:${requestId}:${amount ?? "all"}`,
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 24)
}
