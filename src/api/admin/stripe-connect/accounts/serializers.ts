import type {
  AccountController,
  ConnectedAccountStatusDocument,
  PayoutScheduleSnapshot,
} from "../../../../shared/types/accounts"
import type { ConnectedAccountRow } from "../../../../modules/stripe-connect/types"

/**
 * The status document (docs/api.md#get-account-status): `account_id` is Stripe's id, the requirements carry
 * Stripe's four lists, business_profile only the fields Stripe has a value for. The plugin adds `account_type`,
 * `mode`, `country`, `email`, Stripe's `controller` properties, `created_at` and `updated_at`.
 */
export function toAccountStatusDocument(account: ConnectedAccountRow): ConnectedAccountStatusDocument {
  const requirements = account.requirements ?? {}
  const business_profile: Record<string, string | null> = {}
  for (const [field, value] of Object.entries(account.business_profile ?? {})) {
    if (typeof value === "string" && value) {
      business_profile[field] = value
    }
  }
  const capabilities: Record<string, string> = {}
  for (const [name, status] of Object.entries(account.capabilities ?? {})) {
    if (typeof status === "string") {
      capabilities[name] = status
    }
  }
  return {
    account_id: account.stripe_account_id,
    merchant_id: account.merchant_id,
    status: account.status,
    charges_enabled: account.charges_enabled,
    payouts_enabled: account.payouts_enabled,
    details_submitted: account.details_submitted,
    capabilities,
    requirements: {
      currently_due: stringList(requirements.currently_due),
      eventually_due: stringList(requirements.eventually_due),
      past_due: stringList(requirements.past_due),
      disabled_reason: typeof requirements.disabled_reason === "string" ? requirements.disabled_reason : null,
    },
    business_profile,
    payout_schedule: (account.payout_schedule as PayoutScheduleSnapshot | null) ?? null,
    controller: (account.controller as AccountController | null) ?? null,
    account_type: account.type,
    mode: account.mode,
    country: account.country,
    email: account.email,
    created_at: toIso(account.created_at),
    updated_at: toIso(account.updated_at),
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []
}

export function toIso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString()
}
