import type { ConnectedAccountStatus } from "../shared/types/accounts"

/** Onboarding link types (Stripe account links). */
export const ONBOARDING_LINK_TYPES = ["account_onboarding", "account_update"] as const
export type OnboardingLinkType = (typeof ONBOARDING_LINK_TYPES)[number]

/** Events this plugin emits on Medusa's event bus for accounts and integrations. */
export const StripeConnectAccountEvents = {
  ACCOUNT_UPDATED: "stripe.account_updated",
  INTEGRATION_CONNECTED: "stripe.integration_connected",
  INTEGRATION_DISCONNECTED: "stripe.integration_disconnected",
} as const

/** Payload of `stripe.account_updated`. */
export type StripeAccountUpdatedEventData = {
  id: string
  account_id: string
  merchant_id: string
  previous_status: ConnectedAccountStatus
  status: ConnectedAccountStatus
}

/** Payload of `stripe.integration_connected`. */
export type StripeIntegrationConnectedEventData = {
  id: string
  account_id: string
  merchant_id: string | null
}

/** Payload of `stripe.integration_disconnected`. */
export type StripeIntegrationDisconnectedEventData = {
  id: string
  account_id: string | null
  merchant_id: string | null
  reason: "admin" | "deauthorized"
}
