import type { PaymentDocument } from "./types"

/** The money of an order's plugin payments, per currency, in integer minor units. */
export type PaymentSplit = {
  currency: string
  amount: number
  platform_fee: number
  merchant_share: number
  captured: number
  refunded: number
  capturable: number
}

/**
 * Sums an order's payments per currency: what was charged, the platform fee the platform keeps (after fee
 * refunds), the merchant's share (charged amount less refunds less the kept fee), captured, refunded, still
 * capturable. Canceled and failed payments count for nothing.
 */
export function summarizePayments(payments: PaymentDocument[]): PaymentSplit[] {
  const byCurrency = new Map<string, PaymentSplit>()
  for (const payment of payments) {
    if (payment.status === "canceled" || payment.status === "requires_payment_method") continue
    const split = byCurrency.get(payment.currency) ?? {
      currency: payment.currency,
      amount: 0,
      platform_fee: 0,
      merchant_share: 0,
      captured: 0,
      refunded: 0,
      capturable: 0,
    }
    const settled = payment.amount_captured > 0 ? payment.amount_captured : payment.amount
    const fee = payment.amount_captured > 0 ? payment.fee_kept : payment.application_fee
    split.amount += payment.amount
    split.platform_fee += fee
    split.merchant_share += settled - payment.amount_refunded - fee
    split.captured += payment.amount_captured
    split.refunded += payment.amount_refunded
    split.capturable += payment.amount_capturable
    byCurrency.set(payment.currency, split)
  }
  return [...byCurrency.values()]
}
