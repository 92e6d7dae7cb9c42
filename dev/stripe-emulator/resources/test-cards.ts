/** Stripe's test payment methods: which decline, and how. Any other `pm_...` value succeeds. */
export interface Decline {
  code: string
  decline_code: string
  message: string
}

/** Test payment methods that decline, with Stripe's decline codes. */
const DECLINES: Record<string, Decline> = {
  pm_card_chargeDeclined: { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
  pm_card_visa_chargeDeclined: { code: "card_declined", decline_code: "generic_decline", message: "Your card was declined." },
  pm_card_chargeDeclinedInsufficientFunds: { code: "card_declined", decline_code: "insufficient_funds", message: "Your card has insufficient funds." },
  pm_card_chargeDeclinedFraudulent: { code: "card_declined", decline_code: "fraudulent", message: "Your card was declined." },
  pm_card_chargeDeclinedExpiredCard: { code: "expired_card", decline_code: "expired_card", message: "Your card has expired." },
  pm_card_chargeDeclinedIncorrectCvc: { code: "incorrect_cvc", decline_code: "incorrect_cvc", message: "Your card's security code is incorrect." },
  pm_card_chargeDeclinedProcessingError: { code: "processing_error", decline_code: "processing_error", message: "An error occurred while processing your card. Try again in a little bit." },
}

export function declineFor(paymentMethod: string): Decline | undefined {
  return DECLINES[paymentMethod]
}

/** The card brand a test payment method stands for. */
export function brandOf(pm: string): string {
  if (pm.includes("mastercard")) return "mastercard"
  if (pm.includes("amex")) return "amex"
  return "visa"
}

