import { ApiError, invalidRequest } from "../errors"
import { Params } from "../params"

/** Payment method types the emulator knows, with the currencies each accepts (any when absent). */
const CURRENCIES: Record<string, string[] | undefined> = {
  card: undefined,
  link: undefined,
  us_bank_account: ["usd"],
  sepa_debit: ["eur"],
  ideal: ["eur"],
  bancontact: ["eur"],
  bacs_debit: ["gbp"],
  acss_debit: ["cad", "usd"],
}

const EXCLUSIVE = ["payment_method_types", "excluded_payment_method_types", "automatic_payment_methods", "payment_method_configuration"]

/**
 * The payment method types of a payment intent under API 2026-10-28 (the SDK's version), as Stripe documents:
 * `payment_method_types` is no longer writable (400 payment_method_types_no_longer_supported);
 * `allowed_payment_method_types` is mutually exclusive with the other selectors and is filtered silently to the
 * types compatible with the currency, which the intent's `payment_method_types` then shows.
 */
export function paymentMethodTypesFrom(params: Params, currency: string): { allowed: string[] | null; types: string[] } | null {
  if (params.has("payment_method_types")) {
    throw new ApiError(
      400,
      "invalid_request_error",
      "payment_method_types is no longer supported on this API version. Use allowed_payment_method_types, excluded_payment_method_types or dynamic payment methods.",
      "payment_method_types_no_longer_supported",
      "payment_method_types"
    )
  }
  if (!params.has("allowed_payment_method_types")) return null
  const clash = EXCLUSIVE.find((name) => params.has(name))
  if (clash) throw invalidRequest(`You cannot specify both allowed_payment_method_types and ${clash}.`, "allowed_payment_method_types")
  const allowed = params.strList("allowed_payment_method_types")
  const types = compatibleTypes(allowed, currency)
  if (types.length === 0) {
    throw invalidRequest(`None of the allowed_payment_method_types (${allowed.join(", ")}) can be used with currency ${currency}.`, "allowed_payment_method_types")
  }
  return { allowed, types }
}

export function compatibleTypes(allowed: string[], currency: string): string[] {
  return allowed.filter((type) => type in CURRENCIES && (CURRENCIES[type] === undefined || CURRENCIES[type]?.includes(currency)))
}
