/**
 * Options of the `stripe-connect` payment provider, given by the host in medusa-config.ts under the Payment
 * Module. The provider cannot reach the plugin module, so it builds its Stripe gateway from these through the same
 * factory as the module (`createStripeGateway`): the same key and target share one client.
 */
export type StripeConnectProviderOptions = {
  /** The platform's secret key (sk_... or rk_...). */
  apiKey: string
  /** Secrets of the platform endpoint, for `getWebhookActionAndData` (whsec_...). */
  webhookSecrets?: string | string[]
  /** "manual" (default): authorized at checkout, captured from the admin. "automatic": charged at once. */
  captureMethod?: "manual" | "automatic"
  /** Whether a refund also returns the platform's fee in proportion (default false, as at Stripe). */
  refundApplicationFee?: boolean
  /** Payment method types offered (default ["card"]). */
  paymentMethodTypes?: string[]
  /** Where Stripe is (tests and the demo point it at the emulator). */
  stripe?: { host: string; port?: number; protocol?: "http" | "https" }
  /** The SDK's automatic retries (default 2), as in the plugin options. */
  maxNetworkRetries?: number
  /** How long one Stripe request may take (default 30000 ms), as in the plugin options. */
  timeoutMs?: number
}

/**
 * What the plugin's store middleware puts in a payment session's data before the provider sees it: the merchant
 * and the fee, both decided on the server. Anything a client sends in its place is replaced.
 */
export type PreparedCheckoutSession = {
  /** Absent in sessions prepared before multi-seller carts: a destination charge. */
  mode?: "destination"
  account_id: string
  merchant_id: string
  currency: string
  /** The fee in minor units for `fee_basis_amount`. */
  application_fee_amount: number
  /** The amount (minor units) the fee was computed for. */
  fee_basis_amount: number
  /** The rate that produced the fee (null for an explicit fee), to recompute it when the amount changes. */
  fee_percent: number | null
  fee_fixed: number | null
  /** The cart id: Stripe fixes a charge's transfer group when the charge is made, before the order exists. */
  transfer_group: string
  cart_id: string
  /** The seller and its products, when the cart's products decided the payee (absent: the sales channel did). */
  sellers?: PreparedSeller[]
}

/** A seller of a multi-seller cart and the cart's products it is paid for. */
export type PreparedSeller = { account_id: string; merchant_id: string; product_ids: string[] }

/**
 * A cart with several sellers: one payment intent on the platform (no `transfer_data`, no application fee), its
 * `transfer_group` the cart id; each seller is paid by a transfer after capture.
 */
export type PreparedSeparateChargesSession = {
  mode: "separate_charges"
  currency: string
  /** The amount (minor units) the session was prepared for. */
  amount: number
  transfer_group: string
  cart_id: string
  sellers: PreparedSeller[]
}

export type PreparedSession = PreparedCheckoutSession | PreparedSeparateChargesSession

/** The key under which the prepared data travels in the session data. */
export const PREPARED_SESSION_KEY = "stripe_connect"
