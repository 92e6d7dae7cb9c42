import { randomUUID } from "node:crypto"
import type { MedusaRequest } from "@medusajs/framework/http"

/**
 * Identifies this admin request for idempotency keys of Stripe writes: the client's `Idempotency-Key` header
 * when it sends one (so its retry makes no second link), otherwise a new random id.
 */
export function requestIdOf(req: MedusaRequest): string {
  const header = req.get("idempotency-key")?.trim()
  return header && /^[\w.:-]{1,100}$/.test(header) ? header : randomUUID()
}
