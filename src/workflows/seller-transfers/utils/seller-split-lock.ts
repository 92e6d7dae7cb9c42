/** The lock held while a multi-seller charge's split records change: one writer per payment intent. */
export function sellerSplitLockKey(paymentIntentId: string): string {
  return `stripe-connect:seller-split:${paymentIntentId}`
}
