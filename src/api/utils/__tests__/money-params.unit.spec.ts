import { z } from "@medusajs/framework/zod"
import { currencyCode, positiveAmount, refineCurrencySteps } from "../money-params"

const Body = z
  .object({ amount: positiveAmount("amount"), fee: z.number().optional(), currency: currencyCode })
  .superRefine((body, context) => refineCurrencySteps(body, context, ["amount", "fee"]))

const issuesOf = (input: unknown) => {
  const parsed = Body.safeParse(input)
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)
}

describe("money params", () => {
  it("should lower-case the currency and accept whole minor units in two- and zero-decimal currencies", () => {
    expect(Body.parse({ amount: 2501, currency: "EUR" })).toEqual({ amount: 2501, currency: "eur" })
    expect(issuesOf({ amount: 7, fee: 3, currency: "jpy" })).toEqual([])
  })

  it("should name each amount that is not a multiple of 10 in a three-decimal currency", () => {
    expect(issuesOf({ amount: 1005, fee: 12, currency: "kwd" })).toEqual([
      "amount: amount: must be a multiple of 10 in kwd",
      "fee: fee: must be a multiple of 10 in kwd",
    ])
    expect(issuesOf({ amount: 1000, fee: 20, currency: "kwd" })).toEqual([])
  })

  it("should refuse fractions, zero, amounts above Stripe's largest and currencies that are not three letters", () => {
    expect(issuesOf({ amount: 1.5, currency: "usd" })).toEqual([
      "amount: amount: must be an integer amount in minor units",
    ])
    expect(issuesOf({ amount: 0, currency: "usd" })).toEqual(["amount: amount: must be greater than 0"])
    expect(issuesOf({ amount: 100_000_000_000, currency: "usd" })).toEqual(["amount: amount: is too large"])
    expect(issuesOf({ amount: 1, currency: "us" })).toEqual([
      "currency: currency: must be a three-letter ISO currency code",
    ])
  })
})
