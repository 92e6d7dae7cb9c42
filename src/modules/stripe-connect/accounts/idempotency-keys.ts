import { createHash } from "node:crypto"

/**
 * Idempotency keys for the Stripe writes of accounts and integrations. Each names what the operation is, so a
 * retry (by the SDK, a workflow or a second concurrent request) reaches Stripe with the same key and Stripe
 * answers with the first result instead of acting twice.
 */
export const accountIdempotencyKeys = {
  /** One Stripe account per merchant and mode: concurrent creations share the key, so Stripe makes one. */
  createAccount: (merchantId: string, mode: string) =>
    `stripe-connect:account:create:${digest(`${merchantId}\u0000${mode}`)}`,
  /** An account link is made per request; the request id makes a retry of the same request reuse it. */
  accountLink: (stripeAccountId: string, type: string, requestId: string) =>
    `stripe-connect:account-link:${stripeAccountId}:${type}:${requestId}`,
  loginLink: (stripeAccountId: string, requestId: string) => `stripe-connect:login-link:${stripeAccountId}:${requestId}`,
  /** An authorization code can be exchanged once; the key is a hash so the code itself is never logged. */
  oauthToken: (code: string) => `stripe-connect:oauth-token:${digest(code)}`,
  /** Revoking one connection (account + when it was connected) is one operation. */
  oauthDeauthorize: (stripeAccountId: string, connectedAt: string) =>
    `stripe-connect:oauth-deauthorize:${stripeAccountId}:${digest(connectedAt)}`,
}

function digest(value: string): string {
  return createHash("sha256").update(value).digest("hex").slice(0, 32)
}
