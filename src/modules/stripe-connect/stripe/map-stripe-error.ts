import Stripe from "stripe"
import { StripeConnectError } from "../errors/stripe-connect-error"

/** What the caller was doing, so a "missing" answer from Stripe can say what was missing. */
export type StripeCallContext = {
  /** The connected account the call was made for, if any. */
  accountId?: string
  /** A short description used in messages, e.g. "create the payment intent". */
  action?: string
}

const INSUFFICIENT_FUNDS_CODES = new Set(["balance_insufficient", "insufficient_funds"])
const ACCOUNT_MISSING_CODES = new Set(["account_invalid", "account_inactive"])

/**
 * Turns an error thrown by the Stripe SDK into the API's error codes (docs/api.md#error-codes):
 * not enough funds -> insufficient_balance (400), an unknown or inaccessible account -> account_not_found (404),
 * Stripe refusing our parameters -> invalid_request (400, naming Stripe's param), an idempotency clash -> conflict
 * (409), everything else (Stripe down, rate limited after retries, authentication) -> stripe_error (502).
 * Errors that are not Stripe's pass through unchanged.
 */
export function mapStripeError(error: unknown, context: StripeCallContext = {}): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) {
    return error
  }
  const doing = context.action ? ` while trying to ${context.action}` : ""
  const code = error.code ?? ""
  const stripeMessage = error.message || "Stripe returned an error"

  if (INSUFFICIENT_FUNDS_CODES.has(code)) {
    return new StripeConnectError("insufficient_balance", `Not enough funds${doing}: ${stripeMessage}`)
  }
  const accountMissing =
    ACCOUNT_MISSING_CODES.has(code) ||
    error.type === "StripePermissionError" ||
    (code === "resource_missing" && (error.param === "account" || isAboutAccount(stripeMessage, context)))
  if (accountMissing && context.accountId) {
    return new StripeConnectError("account_not_found", `Stripe account ${context.accountId} was not found${doing}`)
  }
  if (code === "resource_missing") {
    return new StripeConnectError("not_found", `${stripeMessage}${doing}`, { param: error.param })
  }
  if (error.type === "StripeIdempotencyError") {
    return new StripeConnectError("conflict", `A different request with the same idempotency key was made${doing}`)
  }
  if (error.type === "StripeInvalidRequestError" || error.type === "StripeCardError") {
    return new StripeConnectError("invalid_request", `${stripeMessage}${doing}`, { param: error.param })
  }
  return new StripeConnectError("stripe_error", `Stripe API error${doing}: ${stripeMessage}`)
}

function isAboutAccount(message: string, context: StripeCallContext): boolean {
  return Boolean(context.accountId && message.includes(context.accountId) && message.toLowerCase().includes("account"))
}
