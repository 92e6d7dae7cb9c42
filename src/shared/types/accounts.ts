/** Stripe's account types the plugin can create (docs/api.md#create-connected-account). */
export const CONNECTED_ACCOUNT_TYPES = ["standard", "express", "custom"] as const
export type ConnectedAccountType = (typeof CONNECTED_ACCOUNT_TYPES)[number]

/** An account's status (docs/api.md#connected-accounts). */
export const CONNECTED_ACCOUNT_STATUSES = ["pending", "active", "restricted", "disabled"] as const
export type ConnectedAccountStatus = (typeof CONNECTED_ACCOUNT_STATUSES)[number]

/** Test or live, taken from the platform API key's prefix. */
export const STRIPE_MODES = ["test", "live"] as const
export type StripeMode = (typeof STRIPE_MODES)[number]

/** Connection state of an OAuth integration instance (docs/api.md#integrations). */
export const INTEGRATION_STATUSES = ["pending", "connected", "disconnected"] as const
export type IntegrationStatus = (typeof INTEGRATION_STATUSES)[number]

/**
 * Stripe's `controller` properties of an account, as Stripe last reported them (docs/api.md#get-account-status):
 * who controls it (`application` or the `account` itself), who pays Stripe's fees, who bears negative balances,
 * which Stripe dashboard it has and who collects its requirements. Stripe leaves out what it does not report (a
 * self-controlled account shows only `type`); those fields are null.
 */
export type AccountController = {
  type: string | null
  fees: { payer: string | null }
  losses: { payments: string | null }
  stripe_dashboard: { type: string | null }
  requirement_collection: string | null
}

/** The status document of `GET /accounts/:account_id` (docs/api.md#get-account-status). */
export type ConnectedAccountStatusDocument = {
  account_id: string
  merchant_id: string
  status: ConnectedAccountStatus
  charges_enabled: boolean
  payouts_enabled: boolean
  details_submitted: boolean
  capabilities: Record<string, string>
  requirements: {
    currently_due: string[]
    eventually_due: string[]
    past_due: string[]
    disabled_reason: string | null
  }
  business_profile: Record<string, string | null>
  payout_schedule: PayoutScheduleSnapshot | null
  /** Null for accounts stored before the plugin kept it, until Stripe next reports the account. */
  controller: AccountController | null
  account_type: ConnectedAccountType
  mode: StripeMode
  country: string | null
  email: string | null
  created_at: string
  updated_at: string
}

export type PayoutScheduleSnapshot = {
  interval: string
  delay_days: number
  weekly_anchor?: string
  monthly_anchor?: number
}

/** Response of `POST /accounts` (docs/api.md#create-connected-account). */
export type CreateConnectedAccountResponse = {
  account_id: string
  merchant_id: string
  status: ConnectedAccountStatus
  onboarding_url: string | null
  onboarding_expires_at: string | null
  created_at: string
}

/** `GET /accounts/:account_id`: the status document plus the sales channels linked to the account. */
export type AccountStatusResponse = ConnectedAccountStatusDocument & { sales_channel_ids: string[] }
