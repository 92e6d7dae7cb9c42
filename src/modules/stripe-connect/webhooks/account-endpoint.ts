/**
 * Events a connected account's endpoint subscribes to: all of them. Types without a handler are stored and
 * marked `ignored`, so a handler added later (or a replay) can use them, and registered endpoints never need
 * updating when the plugin learns a new type.
 */
export const ACCOUNT_ENDPOINT_EVENTS: readonly string[] = ["*"]

/** Where Stripe delivers a connected account's events: `<publicUrl>/hooks/stripe-connect/accounts/<account_id>`. */
export function accountWebhookUrl(publicUrl: string, accountId: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/hooks/stripe-connect/accounts/${encodeURIComponent(accountId)}`
}
