import { currencyDecimals } from "../../shared/currency-units"

/**
 * Shows an integer amount in minor units (2500 usd) as money in the reader's locale ("$25.00" in en-US,
 * "25,00 $" in de-DE), knowing zero- and three-decimal currencies.
 */
export function formatMinor(
  amount: number | null | undefined,
  currency: string | null | undefined,
  locale: string
): string {
  if (amount === null || amount === undefined) return "-"
  const code = (currency || "usd").toUpperCase()
  const decimals = currencyDecimals(code)
  const major = amount / 10 ** decimals
  try {
    return new Intl.NumberFormat(locale, {
      style: "currency",
      currency: code,
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }).format(major)
  } catch {
    return `${major.toFixed(decimals)} ${code}`
  }
}

/**
 * Reads a major-unit amount typed by a person ("12.50") as integer minor units (1250) without floating-point
 * arithmetic; null when it is not a valid amount for the currency.
 */
export function parseMajorToMinor(input: string, currency: string): number | null {
  const decimals = currencyDecimals(currency)
  const text = input.trim()
  const pattern = decimals === 0 ? /^\d+$/ : new RegExp(`^\\d+(\\.\\d{1,${decimals}})?$`)
  if (!pattern.test(text)) return null
  const [whole, fraction = ""] = text.split(".")
  const minor = Number(whole + fraction.padEnd(decimals, "0"))
  return Number.isSafeInteger(minor) ? minor : null
}

/** The inverse, for prefilling inputs: 1250 usd -> "12.50". */
export function minorToMajorText(amount: number, currency: string): string {
  const decimals = currencyDecimals(currency)
  if (decimals === 0) return String(amount)
  const text = String(amount).padStart(decimals + 1, "0")
  return `${text.slice(0, -decimals)}.${text.slice(-decimals)}`
}
