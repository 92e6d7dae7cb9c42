import type Stripe from "stripe"
import type { BalanceDocument } from "../../../shared/types/payouts"

/**
 * Stripe's balance as the API's body (docs/api.md#balances): `available`, `pending` and `connect_reserved` as lists of
 * `{ amount, currency }` (Stripe's own order; `connect_reserved` is empty when Stripe leaves it out, as it does
 * for connected accounts).
 */
export function toBalanceDocument(balance: Stripe.Balance): BalanceDocument {
  const amounts = (list: { amount: number; currency: string }[] | undefined | null) =>
    (list ?? []).map((entry) => ({ amount: entry.amount, currency: entry.currency }))
  return {
    available: amounts(balance.available),
    pending: amounts(balance.pending),
    connect_reserved: amounts(balance.connect_reserved),
  }
}
