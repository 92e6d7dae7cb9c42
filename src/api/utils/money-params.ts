import { z } from "@medusajs/framework/zod"
import { minorUnitStep } from "../../shared/currency-units"

/** Stripe's largest amount, in minor units. */
const MAX_AMOUNT = 99_999_999_999

/** An amount in integer minor units, greater than 0 and at most Stripe's largest. */
export const positiveAmount = (field: string) =>
  z
    .number()
    .int(`${field}: must be an integer amount in minor units`)
    .positive(`${field}: must be greater than 0`)
    .max(MAX_AMOUNT, `${field}: is too large`)

/** A three-letter ISO currency code, lower-cased as Stripe writes it. */
export const currencyCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, "currency: must be a three-letter ISO currency code")
  .transform((value) => value.toLowerCase())

/**
 * Adds an issue for each of `fields` that Stripe would refuse in `currency`: three-decimal currencies take only
 * multiples of 10 minor units (docs/api.md#create-payment).
 */
export function refineCurrencySteps<Body extends { currency: string }>(
  body: Body,
  context: z.RefinementCtx,
  fields: readonly (keyof Body & string)[]
): void {
  const step = minorUnitStep(body.currency)
  if (step === 1) {
    return
  }
  for (const field of fields) {
    const value = body[field]
    if (typeof value === "number" && value % step !== 0) {
      context.addIssue({
        code: "custom",
        path: [field],
        message: `${field}: must be a multiple of ${step} in ${body.currency}`,
      })
    }
  }
}
