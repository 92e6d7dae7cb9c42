import { EMPTY_FEE_CONFIGURATION } from "../../../modules/stripe-connect/fees"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { allocateCharge } from "../../../modules/stripe-connect/sellers/allocation"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"

export type PlanSellerSplitInput = {
  payment_intent_id: string
  order_id?: string | null
  currency: string
  /** The order's shipping and shipping tax, and its order-level discounts (minor units). */
  shipping_amount: number
  shipping_tax_amount: number
  discount_amount: number
  /** Per seller (a connected account id): its items after item discounts, tax excluded, and its items' tax. */
  sellers: { account_id: string; items_amount: number; tax_amount: number }[]
}

/**
 * Stores the seller split record of a multi-seller charge, one `planned` row per seller with its items, tax and
 * shares of shipping and discounts (`allocateCharge` over the order's total). Nothing is captured yet: the amounts
 * each seller receives are decided on capture. A charge already planned keeps its rows (answers them).
 */
export async function planSellerSplit(
  service: StripeConnectModuleService,
  input: PlanSellerSplitInput
): Promise<{ rows: SellerTransferRow[]; created: boolean }> {
  const existing = await service.listStripeConnectSellerTransfers({ payment_intent_id: input.payment_intent_id })
  if (existing.length) {
    return { rows: existing, created: false }
  }
  const accounts = await service.listConnectedAccounts({
    stripe_account_id: input.sellers.map((seller) => seller.account_id),
  })
  const merchantOf = new Map(accounts.map((account) => [account.stripe_account_id, account.merchant_id]))
  const unknown = input.sellers.find((seller) => !merchantOf.has(seller.account_id))
  if (unknown) {
    throw new StripeConnectError("account_not_found", `Seller ${unknown.account_id} is not a connected account`, {
      param: "account_id",
    })
  }
  const gross =
    input.sellers.reduce((acc, seller) => acc + seller.items_amount + seller.tax_amount, 0) +
    input.shipping_amount +
    input.shipping_tax_amount -
    input.discount_amount
  const allocation = allocateCharge({
    currency: input.currency,
    captured_amount: gross,
    shipping_amount: input.shipping_amount,
    shipping_tax_amount: input.shipping_tax_amount,
    discount_amount: input.discount_amount,
    sellers: input.sellers.map((seller) => ({
      account_id: seller.account_id,
      merchant_id: merchantOf.get(seller.account_id) ?? null,
      items_amount: seller.items_amount,
      tax_amount: seller.tax_amount,
      fee: { configuration: EMPTY_FEE_CONFIGURATION },
    })),
  })
  const rows = await service.createStripeConnectSellerTransfers(
    allocation.sellers.map((part) => ({
      payment_intent_id: input.payment_intent_id,
      order_id: input.order_id ?? null,
      stripe_account_id: part.account_id,
      merchant_id: merchantOf.get(part.account_id) ?? "",
      currency: allocation.currency,
      items_amount: part.items_amount,
      items_tax_amount: part.tax_amount - part.shipping_tax_amount,
      shipping_amount: part.shipping_amount,
      shipping_tax_amount: part.shipping_tax_amount,
      discount_amount: part.discount_amount,
      status: "planned",
    }))
  )
  return { rows, created: true }
}
