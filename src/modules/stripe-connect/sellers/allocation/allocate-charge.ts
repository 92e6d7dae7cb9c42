import { MedusaError } from "@medusajs/framework/utils"
import { computeApplicationFee } from "../../fees"
import { minorUnitStep } from "../../../../shared/currency-units"
import { apportion, assertNonNegativeInteger, floorToStep, roundToStep } from "./largest-remainder"
import type { ChargeAllocation, ChargeAllocationInput, SellerAllocation } from "./types"

/**
 * How one captured multi-seller charge is split (docs/api.md#multi-seller-orders). For each seller, in order of
 * account id:
 * - shipping, shipping tax and order-level discounts are shared in proportion to its items' amount;
 * - its gross part is items + tax + shipping share + shipping tax share - discount share; the captured amount is
 *   shared in proportion to the gross parts (equal to them on a full capture);
 * - the platform keeps its tax when `tax_collected_by` is "platform", then its platform fee (computed by the
 *   seller's fee configuration on its share of the charge), then, if given, its share of Stripe's processing fee;
 *   each only as far as the seller's part covers it;
 * - the rest is its transfer.
 * Every split is a largest-remainder apportionment in integer minor units, so for every currency
 * sum(transfer) + sum(fee) + tax kept + Stripe fee retained + remainder kept = captured, and no transfer is negative.
 *
 * In currencies where Stripe takes only multiples of a step (`minorUnitStep`: 10 in three-decimal currencies) the
 * step is the unit apportioned: transfers, fees (rounded half up to the step), kept tax and Stripe fee shares are
 * multiples of it. What is left below one step stays with the platform: of a captured amount, as the
 * `remainder_kept_amount` of the seller of the largest part; of Stripe's fee, borne by the platform.
 */
export function allocateCharge(input: ChargeAllocationInput): ChargeAllocation {
  validate(input)
  const sellers = [...input.sellers].sort((a, b) =>
    a.account_id < b.account_id ? -1 : a.account_id > b.account_id ? 1 : 0
  )
  const items = sellers.map((seller) => seller.items_amount)

  const shipping = apportion(input.shipping_amount, items)
  const shippingTax = apportion(input.shipping_tax_amount, items)
  const discounts = apportion(input.discount_amount, items)
  const taxes = sellers.map((seller, index) => seller.tax_amount + shippingTax[index])
  const gross = sellers.map((seller, index) => seller.items_amount + taxes[index] + shipping[index] - discounts[index])
  const total = gross.reduce((acc, part) => acc + part, 0)
  if (input.captured_amount > total) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `captured_amount: ${input.captured_amount} is more than the order's total ${total}`
    )
  }

  const step = minorUnitStep(input.currency)
  const charged = apportion(input.captured_amount, gross, step)
  const payable = charged.map((part) => floorToStep(part, step))
  const taxInCharge = charged.map(
    (part, index) => apportion(floorToStep(part, step), [gross[index] - taxes[index], taxes[index]], step)[1]
  )
  const stripeFees = apportion(floorToStep(input.stripe_fee_amount ?? 0, step), charged, step)
  const keepsTax = input.tax_collected_by === "platform"

  const allocations: SellerAllocation[] = sellers.map((seller, index) => {
    const taxKept = keepsTax ? taxInCharge[index] : 0
    const decision = computeApplicationFee({
      amount: charged[index],
      currency: input.currency,
      merchant_id: seller.merchant_id,
      explicit_fee: seller.fee.explicit_fee,
      configuration: seller.fee.configuration,
      monthly_volume: seller.fee.monthly_volume,
    })
    const fee = Math.min(roundToStep(decision.fee, step), payable[index] - taxKept)
    const stripeFee = Math.min(stripeFees[index], payable[index] - taxKept - fee)
    return {
      account_id: seller.account_id,
      merchant_id: seller.merchant_id,
      items_amount: seller.items_amount,
      shipping_amount: shipping[index],
      shipping_tax_amount: shippingTax[index],
      tax_amount: taxInCharge[index],
      discount_amount: discounts[index],
      charged_amount: charged[index],
      tax_kept_amount: taxKept,
      fee_amount: fee,
      fee_source: decision.source,
      stripe_fee_amount: stripeFee,
      transfer_amount: payable[index] - taxKept - fee - stripeFee,
      remainder_kept_amount: charged[index] - payable[index],
    }
  })

  return {
    currency: input.currency.toLowerCase(),
    captured_amount: input.captured_amount,
    sellers: allocations,
    fee_total: sum(allocations.map((seller) => seller.fee_amount)),
    tax_kept_total: sum(allocations.map((seller) => seller.tax_kept_amount)),
    stripe_fee_retained: sum(allocations.map((seller) => seller.stripe_fee_amount)),
    remainder_kept_total: sum(allocations.map((seller) => seller.remainder_kept_amount)),
  }
}

function validate(input: ChargeAllocationInput): void {
  if (input.sellers.length === 0) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "sellers: a charge needs at least one seller")
  }
  const ids = new Set(input.sellers.map((seller) => seller.account_id))
  if (ids.size !== input.sellers.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "sellers: each seller appears once")
  }
  assertNonNegativeInteger(input.captured_amount, "captured_amount")
  assertNonNegativeInteger(input.shipping_amount, "shipping_amount")
  assertNonNegativeInteger(input.shipping_tax_amount, "shipping_tax_amount")
  assertNonNegativeInteger(input.discount_amount, "discount_amount")
  assertNonNegativeInteger(input.stripe_fee_amount ?? 0, "stripe_fee_amount")
  input.sellers.forEach((seller, index) => {
    assertNonNegativeInteger(seller.items_amount, `sellers[${index}].items_amount`)
    assertNonNegativeInteger(seller.tax_amount, `sellers[${index}].tax_amount`)
  })
  const itemsTotal = sum(input.sellers.map((seller) => seller.items_amount))
  if (input.discount_amount > itemsTotal) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `discount_amount: ${input.discount_amount} is more than the items' total ${itemsTotal}`
    )
  }
}

function sum(values: readonly number[]): number {
  return values.reduce((acc, value) => acc + value, 0)
}
