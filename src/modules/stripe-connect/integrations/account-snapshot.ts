import type Stripe from "stripe"

/** The few fields of an OAuth-connected Stripe account an integration keeps for display. */
export type IntegrationAccountSnapshot = {
  id: string
  business_name: string | null
  email: string | null
  country: string | null
  default_currency: string | null
  charges_enabled: boolean
  payouts_enabled: boolean
  details_submitted: boolean
}

export function integrationSnapshotFromStripe(account: Stripe.Account): {
  account_snapshot: IntegrationAccountSnapshot
  capabilities: Record<string, string>
} {
  const capabilities: Record<string, string> = {}
  for (const [name, status] of Object.entries(account.capabilities ?? {})) {
    if (typeof status === "string") {
      capabilities[name] = status
    }
  }
  return {
    account_snapshot: {
      id: account.id,
      business_name: account.business_profile?.name ?? account.settings?.dashboard?.display_name ?? null,
      email: account.email ?? null,
      country: account.country ?? null,
      default_currency: account.default_currency ?? null,
      charges_enabled: Boolean(account.charges_enabled),
      payouts_enabled: Boolean(account.payouts_enabled),
      details_submitted: Boolean(account.details_submitted),
    },
    capabilities,
  }
}
