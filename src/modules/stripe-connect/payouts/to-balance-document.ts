import type Stripe from "stripe"

export type BalanceAmount = { amount: number; currency: string }

/** Spec 000 "Get Platform Balance" / "Get Account Balance": amounts per currency in integer minor units. */
export type BalanceDocument = {
  available: BalanceAmount[]
  pending: BalanceAmount[]
  connect_reserved: BalanceAmount[]
}

/**
 * Stripe's balance as the specification's body: `available`, `pending` and `connect_reserved` as lists of
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
