import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"
import { findHostileInput } from "../utils/hostile-input"

/**
 * Runs on every plugin route before its validator: a body or query holding a NUL character, a prototype key
 * (`__proto__`, `constructor`, `toString`, ...), nesting deeper than 8 levels or an array of more than 10,000 items
 * is a 400 `invalid_request` naming the field, so such input never reaches the database, Stripe or a handler.
 */
export function rejectHostileInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const found = findHostileInput(req.query) ?? findHostileInput(req.body)
  if (found) {
    return next(new StripeConnectError("invalid_request", found.message, { param: found.param }))
  }
  next()
}
