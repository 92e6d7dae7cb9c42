/**
 * How Stripe counts a currency's minor units (https://docs.stripe.com/currencies): most currencies have two
 * decimals, these have none or three. Stripe also asks that amounts in three-decimal currencies end in 0, and that
 * ISK (two decimals at Stripe, but no subunit in practice) be a whole number of krónur.
 */
const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
])
const THREE_DECIMAL = new Set(["bhd", "iqd", "jod", "kwd", "omr", "tnd"])
const WHOLE_UNIT_ONLY = new Set(["isk"])

/** Decimal places of the currency in Stripe's minor units: 0, 2 or 3. */
export function currencyDecimals(currency: string): 0 | 2 | 3 {
  const code = currency.toLowerCase()
  if (ZERO_DECIMAL.has(code)) {
    return 0
  }
  return THREE_DECIMAL.has(code) ? 3 : 2
}

/**
 * The step every amount of this currency must be a multiple of at Stripe, in minor units: 10 for three-decimal
 * currencies, 100 for ISK, 1 otherwise.
 */
export function minorUnitStep(currency: string): number {
  const code = currency.toLowerCase()
  if (THREE_DECIMAL.has(code)) {
    return 10
  }
  return WHOLE_UNIT_ONLY.has(code) ? 100 : 1
}

export function isZeroDecimalCurrency(currency: string): boolean {
  return currencyDecimals(currency) === 0
}
