import type { MedusaRequest } from "@medusajs/framework/http"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { getAccessScope } from "../access-scope"

/**
 * Whether the caller acts for the whole platform: its grants are not limited to some merchants. Platform-wide
 * figures (the platform balance, health), platform acts (linking sales channels, transfers from the platform
 * balance) and unredacted Stripe payloads are theirs only.
 */
export function isPlatformWideCaller(req: MedusaRequest): boolean {
  return getAccessScope(req).merchantIds === null
}

/** Refuses (403 `forbidden`) a caller whose grants are limited to some merchants, with the reason. */
export function assertPlatformWideCaller(req: MedusaRequest, reason: string): void {
  if (!isPlatformWideCaller(req)) {
    throw new StripeConnectError("forbidden", reason)
  }
}
