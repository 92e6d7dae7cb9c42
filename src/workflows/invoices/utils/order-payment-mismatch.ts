/**
 * Why a payment made at Stripe must not be recorded as paying its Medusa order, or null when it may: it must be in
 * the order's currency and exactly the order's outstanding amount (total less what Medusa records as paid), both
 * in integer minor units. Anything else (a different currency, an order paid meanwhile, an amount that was
 * changed) leaves the order as it is, with this reason kept on the event's record.
 */
export function orderPaymentMismatch(
  paid: { amount: number; currency: string },
  order: { id: string; currency: string; outstanding: number }
): string | null {
  const currency = paid.currency.toLowerCase()
  if (currency !== order.currency.toLowerCase()) {
    return `paid in ${currency}, but order ${order.id} is in ${order.currency.toLowerCase()}`
  }
  if (paid.amount !== order.outstanding) {
    return `paid ${paid.amount} ${currency}, but order ${order.id} has ${order.outstanding} ${currency} outstanding`
  }
  return null
}
