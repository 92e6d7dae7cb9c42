import type { ConnectedAccountStatus } from "../../../shared/types/accounts"

/** The fields of a Stripe account that decide its status. */
export type AccountStatusInput = {
  charges_enabled: boolean
  payouts_enabled: boolean
  details_submitted: boolean
  requirements?: {
    disabled_reason?: string | null
    past_due?: string[] | null
  } | null
}

/**
 * Stripe's `requirements.disabled_reason` values that mean the account is switched off on purpose rather than
 * waiting for information: rejected by Stripe or by the platform (`rejected.*`), or paused by the platform.
 */
function isSwitchedOff(disabledReason: string | null | undefined): boolean {
  return Boolean(disabledReason && (disabledReason.startsWith("rejected.") || disabledReason === "platform_paused"))
}

/**
 * The account's status (docs/api.md#connected-accounts), from Stripe's fields, checked in this order:
 *
 * 1. `disabled`   Stripe or the platform rejected the account (`disabled_reason` `rejected.*`) or the platform
 *                 paused it (`platform_paused`): it cannot take payments or receive payouts until that is undone.
 * 2. `active`     charges and payouts are enabled, nothing is disabled and nothing is past due. (Requirements that
 *                 are only `currently_due` before a future deadline do not restrict the account yet.)
 * 3. `pending`    onboarding is not complete (`details_submitted` is false) and the account is not active.
 * 4. `restricted` onboarding was submitted but charges or payouts are off, something is past due, or Stripe
 *                 gave another `disabled_reason` (`requirements.past_due`, `under_review`, `listed`, ...).
 *
 * Custom accounts whose details the platform sends through the API may never set `details_submitted`; they count
 * as `active` as soon as Stripe enables charges and payouts.
 */
export function deriveAccountStatus(account: AccountStatusInput): ConnectedAccountStatus {
  const disabledReason = account.requirements?.disabled_reason ?? null
  const pastDue = account.requirements?.past_due ?? []

  if (isSwitchedOff(disabledReason)) {
    return "disabled"
  }
  if (account.charges_enabled && account.payouts_enabled && !disabledReason && pastDue.length === 0) {
    return "active"
  }
  if (!account.details_submitted) {
    return "pending"
  }
  return "restricted"
}
