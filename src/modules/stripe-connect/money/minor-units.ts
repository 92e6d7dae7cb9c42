import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { currencyDecimals, minorUnitStep } from "../../../shared/currency-units"

// bignumber.js rounding modes, named so the code reads as what it does.
const ROUND_HALF_UP = 4
const ROUND_FLOOR = 3

/**
 * The one conversion between Medusa's major units (what carts, orders and the Payment Module hold: 25.5 USD,
 * 1000 JPY, 1.234 KWD) and Stripe's integer minor units (2550, 1000, 1234). Decimal arithmetic throughout
 * (bignumber.js through Medusa's MathBN), never binary floats.
 */

/**
 * Major units -> Stripe minor units. Rounds half up to the currency's minor unit, then (for three-decimal
 * currencies and ISK) half up to the step Stripe accepts. Throws on a value that is not a finite number.
 */
export function toMinorUnits(amount: BigNumberInput, currency: string): number {
  const value = MathBN.convert(amount)
  if (!value.isFinite()) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `amount: ${String(amount)} is not a number`)
  }
  const minor = value.shiftedBy(currencyDecimals(currency)).integerValue(ROUND_HALF_UP)
  const step = minorUnitStep(currency)
  const stepped = step === 1 ? minor : minor.dividedBy(step).integerValue(ROUND_HALF_UP).multipliedBy(step)
  return stepped.toNumber()
}

/**
 * Stripe minor units -> major units, as a decimal string without binary-float error ("25.5", "1000", "1.234"),
 * which Medusa accepts wherever it takes a BigNumberInput.
 */
export function toMajorUnits(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `amount: ${minor} is not an integer number of minor units`)
  }
  return MathBN.convert(minor).shiftedBy(-currencyDecimals(currency)).toFixed()
}

/** Whole major units held by a minor-unit amount, rounded down (10000.99 USD -> 10000). */
export function wholeMajorUnits(minor: number, currency: string): number {
  return MathBN.convert(minor).shiftedBy(-currencyDecimals(currency)).integerValue(ROUND_FLOOR).toNumber()
}
