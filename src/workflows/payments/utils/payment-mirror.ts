import type Stripe from "stripe"

/** The columns of a stored payment that follow Stripe. */
export type PaymentMirror = {
  status: string
  amount: number
  currency: string
  amount_capturable: number
  amount_captured: number
  amount_refunded: number
  application_fee_id: string | null
  application_fee_collected: number
  application_fee_refunded: number
  latest_charge_id: string | null
  transfer_group: string | null
  failure_code: string | null
  failure_message: string | null
  captured_at: Date | null
}

/** Expand these on a payment intent read so `paymentMirrorFromStripe` sees the charge and its application fee. */
export const PAYMENT_INTENT_EXPAND = ["latest_charge.application_fee"]

/**
 * What Stripe says about a payment intent, as stored columns. Reads the latest charge (captured and refunded
 * amounts) and its application fee (what the platform collected and returned) when they are expanded.
 * Stripe's charge carries no capture time, so `captured_at` is when the plugin first saw the payment captured
 * (`previousCapturedAt`, else `now`); the monthly volume of fee tiers counts payments by it.
 */
export function paymentMirrorFromStripe(
  intent: Stripe.PaymentIntent,
  options: { previousCapturedAt?: Date | string | null; now?: Date } = {}
): PaymentMirror {
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null
  const fee = charge && typeof charge.application_fee === "object" ? charge.application_fee : null
  const feeId = charge
    ? typeof charge.application_fee === "string"
      ? charge.application_fee
      : (fee?.id ?? null)
    : null
  const captured = charge?.captured ? charge.amount_captured : 0
  const lastError = intent.last_payment_error
  return {
    status: intent.status,
    amount: intent.amount,
    currency: intent.currency,
    amount_capturable: intent.amount_capturable ?? 0,
    amount_captured: captured,
    amount_refunded: charge?.amount_refunded ?? 0,
    application_fee_id: feeId,
    application_fee_collected: fee?.amount ?? (charge?.captured ? (charge.application_fee_amount ?? 0) : 0),
    application_fee_refunded: fee?.amount_refunded ?? 0,
    latest_charge_id: charge?.id ?? (typeof intent.latest_charge === "string" ? intent.latest_charge : null),
    transfer_group: intent.transfer_group ?? null,
    failure_code: lastError ? (lastError.decline_code ?? lastError.code ?? null) : null,
    failure_message: lastError?.message ?? null,
    captured_at: charge?.captured ? new Date(options.previousCapturedAt ?? options.now ?? new Date()) : null,
  }
}
