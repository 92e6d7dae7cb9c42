import type { ApplicationFeeDecision, FeeConfigurationDocument } from "../../../../shared/types/fees"

/** Who keeps the tax of a multi-seller order: each seller (default), or the platform as marketplace facilitator. */
export type TaxCollectedBy = "seller" | "platform"

/** How a seller's platform fee is decided: the seller's fee configuration, as for a single-seller payment. */
export type SellerFeeInput = {
  configuration: FeeConfigurationDocument
  /** What the seller's merchant processed this calendar month in the currency (minor units), for fee tiers. */
  monthly_volume?: number
  /** A fee fixed by the caller; wins over the configuration. */
  explicit_fee?: number | null
}

/** One seller's part of an order, in integer minor units of the order's currency. */
export type SellerChargeInput = {
  account_id: string
  merchant_id: string | null
  /** Its items' amount after item discounts, tax excluded. */
  items_amount: number
  /** Its items' tax. */
  tax_amount: number
  fee: SellerFeeInput
}

export type ChargeAllocationInput = {
  currency: string
  /** What the charge captured. At most the order's total; less for a partial capture. */
  captured_amount: number
  /** The order's shipping, tax excluded; shared by the sellers in proportion to their items. */
  shipping_amount: number
  shipping_tax_amount: number
  /** Order-level discounts, shared by the sellers in proportion to their items; at most the items' total. */
  discount_amount: number
  tax_collected_by?: TaxCollectedBy
  /** Stripe's processing fee of the charge, passed to sellers by their shares. Omitted or null: the platform bears it. */
  stripe_fee_amount?: number | null
  sellers: readonly SellerChargeInput[]
}

export type SellerAllocation = {
  account_id: string
  merchant_id: string | null
  items_amount: number
  shipping_amount: number
  shipping_tax_amount: number
  /** Its items' tax plus its share of the shipping tax, within its share of the captured amount. */
  tax_amount: number
  discount_amount: number
  /** Its share of the captured amount. */
  charged_amount: number
  /** The tax the platform keeps from this seller's part (`tax_collected_by: "platform"`), else 0. */
  tax_kept_amount: number
  fee_amount: number
  fee_source: ApplicationFeeDecision["source"]
  /** Its share of Stripe's processing fee that it bears. */
  stripe_fee_amount: number
  /** charged - tax kept - fee - Stripe fee share - remainder kept; never negative. */
  transfer_amount: number
  /**
   * What the platform keeps of its part below one step of the currency (`minorUnitStep`), so that its transfer is
   * a multiple of the step; 0 in currencies without a step and whenever the captured amount is a multiple of it.
   */
  remainder_kept_amount: number
}

export type ChargeAllocation = {
  currency: string
  captured_amount: number
  /** Sorted by account id: the order remainders were handed out in. */
  sellers: SellerAllocation[]
  fee_total: number
  tax_kept_total: number
  /** The part of Stripe's processing fee the sellers bear (the rest, if any, the platform bears). */
  stripe_fee_retained: number
  /** Sum of the sellers' `remainder_kept_amount`: below one step of the currency. */
  remainder_kept_total: number
}

/** What a refund or a dispute needs to know of a seller's part of the charge, in minor units. */
export type SellerChargeState = {
  account_id: string
  charged_amount: number
  transfer_amount: number
  fee_amount: number
  tax_kept_amount: number
  /** Refunded of its part so far (before the refund being allocated). */
  refunded_amount: number
}

/** A refund of one seller's amount (`account_id`), or of an amount of the whole charge (no `account_id`). */
export type RefundRequest = {
  amount: number
  account_id?: string | null
}

export type SellerRefundShare = {
  account_id: string
  /** Its part of this refund. */
  refund_amount: number
  /** What to reverse of its transfer for this refund. */
  reversal_amount: number
  /** The part of its platform fee the platform gives back (it does not reclaim it through the reversal). */
  fee_refund_amount: number
  /** The part of the tax the platform kept that goes back to the customer from the platform. */
  tax_refund_amount: number
}

export type SellerDisputeShare = {
  account_id: string
  /** Its share of the disputed amount, in proportion to its share of the charge. */
  disputed_amount: number
  /** What to reverse of its transfer while the dispute is open. */
  reversal_amount: number
}
