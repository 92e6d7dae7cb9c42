import { createHash, randomUUID } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"

const IDEMPOTENCY_KEY_HEADER = "Idempotency-Key"
const IDEMPOTENCY_KEY_PATTERN = /^[\w.:-]{1,100}$/

/**
 * The client's `Idempotency-Key` header (docs/api.md#idempotency), or undefined when it sent none. A header that is
 * present but malformed (empty, longer than 100 characters, or with characters other than letters, digits, `_`, `.`,
 * `:` and `-`) is a 400 naming the header: replacing it silently would turn the client's retry into a second request.
 */
export function idempotencyKeyOf(req: MedusaRequest): string | undefined {
  const header = req.get(IDEMPOTENCY_KEY_HEADER)
  if (header === undefined) {
    return undefined
  }
  if (!IDEMPOTENCY_KEY_PATTERN.test(header)) {
    throw new StripeConnectError(
      "invalid_request",
      `${IDEMPOTENCY_KEY_HEADER}: must be 1 to 100 characters of letters, digits, "_", ".", ":" and "-" (got ${header.length} characters)`,
      { param: IDEMPOTENCY_KEY_HEADER }
    )
  }
  return header
}

/** Whose keys a key belongs to: two callers sending the same key never share an answer or a Stripe key. */
export function idempotencyScopeOf(req: MedusaRequest): string {
  const auth = (req as MedusaRequest & { auth_context?: { actor_type?: string; actor_id?: string } }).auth_context
  return `${auth?.actor_type ?? "anonymous"}:${auth?.actor_id ?? ""}`
}

/**
 * Identifies this admin request for idempotency keys of Stripe writes: derived from the client's `Idempotency-Key`
 * header and the caller when it sends one (so its retry reaches Stripe with the same keys and moves no money twice,
 * and another caller's equal key is another request), otherwise a new random id.
 */
export function requestIdOf(req: MedusaRequest): string {
  const key = idempotencyKeyOf(req)
  if (key === undefined) {
    return randomUUID()
  }
  const scoped = createHash("sha256")
    .update(`${idempotencyScopeOf(req)}\u0000${key}`)
    .digest("hex")
    .slice(0, 32)
  return `idem_${scoped}`
}
