import type { MismatchCandidate } from "./types"

/** A seller's part of a multi-seller charge as the check reads it (model `StripeConnectSellerTransfer`). */
export type SellerPartFacts = {
  id: string
  stripe_account_id: string
  status: string
  transfer_amount: number
  transfer_id: string | null
  restore_transfer_id: string | null
  /** The platform fee the split kept from the seller's part. */
  fee_amount: number
  /** What the fee configuration in force at the capture gives (`configuredSellerFee`); null: cannot be known. */
  configured_fee: number | null
}

/**
 * A captured multi-seller charge with what the platform's ledger holds of it: its charge line's amount and the
 * platform's transfer lines whose source transaction is the charge (Stripe transfer id → amount moved, positive).
 */
export type SeparateChargeFacts = {
  payment_id: string
  order_id: string | null
  currency: string
  amount_captured: number
  charge_line_amount: number
  sellers: SellerPartFacts[]
  transfer_lines: Map<string, number>
}

/**
 * What does not agree in a captured multi-seller charge ("separate charges and transfers", docs/api.md#mismatches):
 * - `missing_transfer`, one per seller: a seller whose share is not paid by a transfer the ledger holds (still
 *   `planned` after the capture, not made or refused by Stripe, or made and without a line); a seller whose decided
 *   transfer is 0 is paid by nothing;
 * - otherwise `platform_share_mismatch`: the platform's share is the charge minus its transfers (every transfer at
 *   Stripe from this charge, also one the plugin did not make), and must be what the split leaves the platform:
 *   the amount captured minus the sellers' transfers. A won dispute's restore transfer is not part of it;
 * - and, besides those, `fee_configuration_mismatch` per seller whose platform fee differs from what the fee
 *   configuration in force at the capture gives its part (docs/api.md#fee-basis).
 */
export function checkSeparateCharge(facts: SeparateChargeFacts): MismatchCandidate[] {
  return [...checkTransfers(facts), ...checkSellerFees(facts)]
}

function checkSellerFees(facts: SeparateChargeFacts): MismatchCandidate[] {
  return facts.sellers
    .filter(
      (seller) =>
        seller.status !== "planned" && seller.configured_fee !== null && seller.fee_amount !== seller.configured_fee
    )
    .map((seller) => ({
      dedup_key: `fee_configuration_mismatch:${seller.id}`,
      reason: "fee_configuration_mismatch",
      balance_transaction_id: null,
      record_kind: "seller_transfer",
      record_id: seller.id,
      order_id: facts.order_id,
      stripe_account_id: seller.stripe_account_id,
      currency: facts.currency,
      expected_amount: seller.configured_fee,
      actual_amount: seller.fee_amount,
    }))
}

function checkTransfers(facts: SeparateChargeFacts): MismatchCandidate[] {
  const missing = facts.sellers.filter(
    (seller) =>
      seller.status === "planned" ||
      (seller.transfer_amount > 0 && (!seller.transfer_id || !facts.transfer_lines.has(seller.transfer_id)))
  )
  if (missing.length) {
    return missing.map((seller) => ({
      dedup_key: `missing_transfer:${seller.id}`,
      reason: "missing_transfer",
      balance_transaction_id: null,
      record_kind: "seller_transfer",
      record_id: seller.id,
      order_id: facts.order_id,
      stripe_account_id: seller.stripe_account_id,
      currency: facts.currency,
      expected_amount: seller.status === "planned" ? null : seller.transfer_amount,
      actual_amount: null,
    }))
  }
  const restores = new Set(facts.sellers.map((seller) => seller.restore_transfer_id))
  let transferred = 0
  for (const [transferId, amount] of facts.transfer_lines) {
    if (!restores.has(transferId)) {
      transferred += amount
    }
  }
  const expected = facts.amount_captured - facts.sellers.reduce((sum, seller) => sum + seller.transfer_amount, 0)
  const actual = facts.charge_line_amount - transferred
  if (expected === actual) {
    return []
  }
  return [
    {
      dedup_key: `platform_share_mismatch:${facts.payment_id}`,
      reason: "platform_share_mismatch",
      balance_transaction_id: null,
      record_kind: "payment",
      record_id: facts.payment_id,
      order_id: facts.order_id,
      stripe_account_id: null,
      currency: facts.currency,
      expected_amount: expected,
      actual_amount: actual,
    },
  ]
}
