import { createHash } from "node:crypto"

type Identity = string | number

/**
 * The one idempotency-key scheme of the plugin's Stripe writes: `stripe-connect:<operation>:<identity...>`, where
 * the identity is what makes the operation one operation (a request id, a payment intent, what is moved...).
 * A retry (by the SDK, a workflow or a client repeating its request with the same `Idempotency-Key` header, whose
 * value is the request id) reaches Stripe with the same key, and Stripe answers with the first result instead of
 * acting twice.
 */
export function idempotencyKey(operation: string, ...identity: Identity[]): string {
  return ["stripe-connect", operation, ...identity].join(":")
}

/**
 * A short hash of values that belong in a key but must not be spelled out in it (an OAuth code) or are too long
 * (what a transfer moves, evidence): the same values give the same hash, a changed one another.
 */
export function fingerprint(values: readonly Identity[], length: 24 | 32 = 24): string {
  return createHash("sha256").update(values.join("\u0000")).digest("hex").slice(0, length)
}

type MoneyIdentity = { account_id: string; amount: number; currency: string }

/** The key of every Stripe write the plugin makes, by operation. */
export const stripeIdempotencyKeys = {
  /** One Stripe account per merchant and mode: concurrent creations share the key, so Stripe makes one. */
  createAccount: (merchantId: string, mode: string) =>
    idempotencyKey("account:create", fingerprint([merchantId, mode], 32)),
  /** An account link is made per request; the request id makes a retry of the same request reuse it. */
  accountLink: (stripeAccountId: string, type: string, requestId: string) =>
    idempotencyKey("account-link", stripeAccountId, type, requestId),
  loginLink: (stripeAccountId: string, requestId: string) => idempotencyKey("login-link", stripeAccountId, requestId),
  /** An authorization code can be exchanged once; the key is a hash so the code itself is never logged. */
  oauthToken: (code: string) => idempotencyKey("oauth-token", fingerprint([code], 32)),
  /** Revoking one connection (account + when it was connected) is one operation. */
  oauthDeauthorize: (stripeAccountId: string, connectedAt: string) =>
    idempotencyKey("oauth-deauthorize", stripeAccountId, fingerprint([connectedAt], 32)),

  /** One payment intent per admin request; the hash covers what is charged so a reused request id cannot charge differently. */
  createPaymentIntent: (requestId: string, identity: MoneyIdentity & { order_id?: string | null }) =>
    idempotencyKey(
      "payment:create",
      requestId,
      fingerprint([identity.account_id, identity.amount, identity.currency, identity.order_id ?? ""])
    ),
  /**
   * The n-th capture of a payment intent, of this amount: a second partial capture never reuses the first one's
   * key (Stripe would answer the first capture again), while a retry of the same capture does. Through Medusa's
   * payment module, its capture record's id stands for the sequence.
   */
  capturePaymentIntent: (paymentIntentId: string, amount: number, sequence: Identity) =>
    idempotencyKey("capture", paymentIntentId, amount, sequence),
  /** A payment intent is canceled once. */
  cancelPaymentIntent: (paymentIntentId: string) => idempotencyKey("cancel", paymentIntentId),
  /** One refund per refund request (admin) or Medusa refund record (checkout), else per amount. */
  refundPaymentIntent: (paymentIntentId: string, requestIdOrAmount: Identity) =>
    idempotencyKey("refund", paymentIntentId, requestIdOrAmount),
  /** A storefront checkout's payment intent: one per payment session (or cart) and amount. */
  checkoutPaymentIntent: (sessionOrCartId: string, amount: number) =>
    idempotencyKey("checkout", sessionOrCartId, amount),
  checkoutAmountUpdate: (paymentIntentId: string, amount: number) =>
    idempotencyKey("checkout-update", paymentIntentId, amount),

  /** One transfer per request; the hash covers what is moved, so a reused request id cannot move something else. */
  createTransfer: (requestId: string, identity: MoneyIdentity & { source_transaction?: string | null }) =>
    idempotencyKey(
      "transfer:create",
      requestId,
      fingerprint([identity.account_id, identity.amount, identity.currency, identity.source_transaction ?? ""])
    ),
  reverseTransfer: (transferId: string, requestId: string, amount: number | null) =>
    idempotencyKey("transfer:reverse", transferId, requestId, amount ?? "all"),
  /** Undoing a transfer whose workflow failed later. */
  compensateTransfer: (transferId: string, requestId: string) =>
    idempotencyKey("transfer:compensate", transferId, requestId),

  /**
   * A multi-seller charge pays each seller once (docs/api.md#seller-transfers). Attempt 0 is the first key; a
   * retry after Stripe refused the transfer counts up (Stripe would answer a reused key with the refusal).
   */
  sellerTransfer: (paymentIntentId: string, stripeAccountId: string, attempt = 0) =>
    attempt === 0
      ? idempotencyKey("seller-transfer", paymentIntentId, stripeAccountId)
      : idempotencyKey("seller-transfer", paymentIntentId, stripeAccountId, attempt),
  /**
   * Reversing a seller's transfer up to a running total (what refunds and disputes decided so far); the attempt
   * number gives a retry after a refusal its own key, since Stripe answers a reused key with the first refusal.
   */
  sellerReversal: (transferId: string, dueAmount: number, attempt: number) =>
    idempotencyKey("seller-reversal", transferId, dueAmount, attempt),
  /** Reversing a seller's share of a disputed charge, once per dispute and seller (attempt as above). */
  sellerDisputeReversal: (disputeId: string, stripeAccountId: string, attempt: number) =>
    idempotencyKey("seller-dispute-reversal", disputeId, stripeAccountId, attempt),
  /**
   * Transferring back what a won dispute had reversed of a seller's transfer, once per dispute and seller; attempt
   * as for `sellerTransfer` (0 is the first key, counted up only after Stripe refused it).
   */
  sellerDisputeRestore: (disputeId: string, stripeAccountId: string, attempt = 0) =>
    attempt === 0
      ? idempotencyKey("seller-dispute-restore", disputeId, stripeAccountId)
      : idempotencyKey("seller-dispute-restore", disputeId, stripeAccountId, attempt),
  /**
   * A refund of one seller's amount of a multi-seller charge, per admin request and amount (docs/api.md#refund-order-seller):
   * also the key of Medusa's refund when Medusa holds the charge, passed to its provider in the payment's data.
   */
  sellerRefund: (paymentIntentId: string, stripeAccountId: string, requestId: string, amount: number) =>
    idempotencyKey("seller-refund", paymentIntentId, stripeAccountId, requestId, amount),

  createPayout: (stripeAccountId: string, requestId: string) => idempotencyKey("payout", stripeAccountId, requestId),
  cancelPayout: (payoutId: string) => idempotencyKey("payout-cancel", payoutId),
  /** Setting one schedule on one account; `schedule` is the schedule as sent. */
  payoutSchedule: (stripeAccountId: string, schedule: unknown) =>
    idempotencyKey("payout-schedule", stripeAccountId, fingerprint([JSON.stringify(schedule)])),

  /** Putting back the schedule an account had before a failed workflow changed it. */
  restorePayoutSchedule: (stripeAccountId: string, schedule: unknown) =>
    idempotencyKey("payout-schedule:restore", stripeAccountId, fingerprint([JSON.stringify(schedule)])),

  /** Sending the same evidence (and the same submit flag) for a dispute is one operation. */
  disputeEvidence: (disputeId: string, evidence: Record<string, string>, submit: boolean) =>
    idempotencyKey("dispute-evidence", disputeId, fingerprint([JSON.stringify([evidence, submit])])),
  /** Putting back the evidence a dispute held before a failed workflow staged other evidence. */
  restoreDisputeEvidence: (disputeId: string, evidence: Record<string, string>) =>
    idempotencyKey("dispute-evidence:restore", disputeId, fingerprint([JSON.stringify(evidence)])),

  /**
   * An invoice send is identified by order, integration and attempt (the n-th send for that pair, rolled-back
   * ones included), so a retried request gets the same objects while a new attempt never reuses a deleted draft.
   */
  invoiceCustomer: (stripeAccountId: string, customerKey: string) =>
    idempotencyKey("invoice-customer", stripeAccountId, customerKey),
  createInvoice: (orderId: string, integrationId: string, attempt: number) =>
    idempotencyKey("invoice", orderId, integrationId, attempt, "create"),
  createInvoiceItem: (orderId: string, integrationId: string, attempt: number, index: number) =>
    idempotencyKey("invoice", orderId, integrationId, attempt, "item", index),
  finalizeInvoice: (stripeInvoiceId: string) => idempotencyKey("invoice", stripeInvoiceId, "finalize"),
  sendInvoice: (stripeInvoiceId: string) => idempotencyKey("invoice", stripeInvoiceId, "send"),
  voidInvoice: (stripeInvoiceId: string) => idempotencyKey("invoice", stripeInvoiceId, "void"),
  refundInvoice: (chargeId: string, requestId: string) => idempotencyKey("invoice-refund", chargeId, requestId),
  payLink: (orderId: string, integrationId: string, requestId: string) =>
    idempotencyKey("pay-link", orderId, integrationId, requestId),
  /** Expiring a checkout session a failed workflow opened. */
  expireCheckoutSession: (sessionId: string) => idempotencyKey("checkout-session:expire", sessionId),

  /** Registering an account's endpoint within one workflow run (retries of the step share the run's id). */
  createWebhookEndpoint: (stripeAccountId: string, runId: string) =>
    idempotencyKey("webhook-endpoint:create", stripeAccountId, fingerprint([runId], 32)),
  /** Re-creating a deleted endpoint when a later step of its deletion failed. */
  recreateWebhookEndpoint: (stripeEndpointId: string) => idempotencyKey("webhook-endpoint:recreate", stripeEndpointId),
}
