import { errorMessageOf } from "../../../modules/stripe-connect/errors/error-text"
import { isStripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

/**
 * Whether Stripe answered a write with a refusal (docs/api.md#seller-transfers-and-reversals): a 4xx that is not a
 * rate limit or an idempotency clash, so nothing was done and a retry needs a new attempt in its key. Anything else
 * (a timeout, a 5xx, a network error) may have been done: the retry reuses the key and gets Stripe's first answer.
 */
export function isStripeRefusal(error: unknown): boolean {
  if (!isStripeConnectError(error)) {
    return false
  }
  return error.status >= 400 && error.status < 500 && error.status !== 409 && error.status !== 429
}

/** The message stored on a seller row for a failure: Stripe's or the database's own words (see `errorText`). */
export function errorMessage(error: unknown): string {
  return errorMessageOf(error)
}
