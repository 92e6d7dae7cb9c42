import { MedusaError } from "@medusajs/framework/utils"
import { shareOf, sortByAccount, validateState } from "./allocate-refund"
import { apportion, assertNonNegativeInteger } from "./largest-remainder"
import type { SellerChargeState, SellerDisputeShare } from "./types"

/**
 * How a dispute on a multi-seller charge falls on the sellers (docs/api.md#multi-seller-orders): the disputed
 * amount is shared in proportion to each seller's share of the charge (largest remainder, in order of account id),
 * and each seller's transfer is reversed by the same proportion of its share, never beyond what is still
 * transferred after its refunds. `step` is the currency's `minorUnitStep`: shares and reversals are multiples of it.
 */
export function allocateDispute(
  states: readonly SellerChargeState[],
  disputedAmount: number,
  step = 1
): SellerDisputeShare[] {
  assertNonNegativeInteger(disputedAmount, "disputed_amount")
  states.forEach(validateState)
  const sellers = sortByAccount(states)
  const charged = sellers.map((seller) => seller.charged_amount)
  const total = charged.reduce((acc, part) => acc + part, 0)
  if (disputedAmount > total) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `disputed_amount: ${disputedAmount} is more than the charge's ${total}`
    )
  }
  const shares = total === 0 ? sellers.map(() => 0) : apportion(disputedAmount, charged, step)
  return sellers.map((seller, index) => {
    const stillTransferred =
      seller.transfer_amount - shareOf(seller.transfer_amount, seller.refunded_amount, seller.charged_amount, step)
    return {
      account_id: seller.account_id,
      disputed_amount: shares[index],
      reversal_amount: Math.min(
        shareOf(seller.transfer_amount, shares[index], seller.charged_amount, step),
        stillTransferred
      ),
    }
  })
}
