import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError } from "../errors"
import { PLATFORM } from "../store"
import { requireAccount } from "./common"

/**
 * Stripe's capability gates on money movement (not on onboarding state):
 * - a transfer, or a destination charge's transfer, needs the destination's `transfers` capability active;
 *   otherwise 400 `insufficient_capabilities_for_transfer`;
 * - a charge settled on a connected account (a direct charge with Stripe-Account, or `on_behalf_of`) needs that
 *   account's `card_payments` capability active.
 */
function active(account: Stripe.Account, name: string): boolean {
  return (account.capabilities as Record<string, string> | undefined)?.[name] === "active"
}

const TRANSFER_CAPABILITIES = ["transfers", "crypto_transfers", "legacy_payments"]

export function requireTransfersCapability(em: Emulator, accountId: string, param: string): void {
  const account = requireAccount(em, accountId, param)
  if (TRANSFER_CAPABILITIES.some((name) => active(account, name))) return
  throw new ApiError(
    400,
    "invalid_request_error",
    `Your destination account needs to have at least one of the following capabilities enabled: ${TRANSFER_CAPABILITIES.join(", ")}`,
    "insufficient_capabilities_for_transfer",
    param
  )
}

export function requireCardPayments(em: Emulator, accountId: string, param?: string): void {
  const account = requireAccount(em, accountId, param ?? "account")
  if (active(account, "card_payments")) return
  throw new ApiError(400, "invalid_request_error", "You cannot create a charge on a connected account without the card_payments capability enabled.", undefined, param)
}

/** The gates of a payment: direct (scope is a connected account), destination and on_behalf_of. */
export function requireChargeCapabilities(
  em: Emulator,
  scope: string,
  payment: { destination: string | null; onBehalfOf: string | null },
  params: { destination: string; onBehalfOf: string }
): void {
  if (scope !== PLATFORM) requireCardPayments(em, scope)
  if (payment.destination) requireTransfersCapability(em, payment.destination, params.destination)
  if (payment.onBehalfOf) requireCardPayments(em, payment.onBehalfOf, params.onBehalfOf)
}
