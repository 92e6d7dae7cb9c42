import { createHash } from "node:crypto"

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

/** Idempotency keys of the endpoint writes: each names one operation, so a retry never makes a second endpoint. */
export const webhookEndpointIdempotencyKeys = {
  /** Registering for an account within one workflow run (retries of the step share the run's id). */
  create: (accountId: string, runId: string) => `stripe-connect:webhook-endpoint:create:${accountId}:${digest(runId)}`,
  /** Re-creating a deleted endpoint when a later step of its deletion failed. */
  recreate: (stripeEndpointId: string) => `stripe-connect:webhook-endpoint:recreate:${stripeEndpointId}`,
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32)
}
