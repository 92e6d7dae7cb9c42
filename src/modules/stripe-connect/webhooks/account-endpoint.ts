/** Where Stripe delivers a connected account's events: `<publicUrl>/hooks/stripe-connect/accounts/<account_id>`. */
export function accountWebhookUrl(publicUrl: string, accountId: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/hooks/stripe-connect/accounts/${encodeURIComponent(accountId)}`
}

/** Whether a path segment can be a Stripe account id (`acct_` and Stripe's id characters). */
export function isStripeAccountId(value: string): boolean {
  return /^acct_[A-Za-z0-9]{1,100}$/.test(value)
}
