import type { MismatchCandidate } from "./types"

/** A Medusa order's total (minor units) and the amounts its plugin payments charged (captured ones only). */
export type OrderChargeFacts = {
  order_id: string
  currency: string
  order_total: number
  charges: { payment_id: string; amount: number }[]
}

/**
 * `order_total_mismatch` when what an order's plugin payments charged (each charge's amount, before any partial
 * capture or refund, which are decisions recorded elsewhere) differs from the order's total (docs/api.md#mismatches).
 * An order no captured payment pays is not checked.
 */
export function checkOrderTotal(facts: OrderChargeFacts): MismatchCandidate[] {
  if (!facts.charges.length) {
    return []
  }
  const charged = facts.charges.reduce((sum, charge) => sum + charge.amount, 0)
  if (charged === facts.order_total) {
    return []
  }
  return [
    {
      dedup_key: `order_total_mismatch:${facts.order_id}`,
      reason: "order_total_mismatch",
      balance_transaction_id: null,
      record_kind: "order",
      record_id: facts.order_id,
      order_id: facts.order_id,
      stripe_account_id: null,
      currency: facts.currency,
      expected_amount: facts.order_total,
      actual_amount: charged,
    },
  ]
}
