import type Stripe from "stripe"
import type { AccountController, ConnectedAccountStatus, PayoutScheduleSnapshot } from "../../../shared/types/accounts"
import { deriveAccountStatus } from "./derive-account-status"

/** The columns of a stored connected account that mirror a Stripe account object. */
export type StripeAccountMirror = {
  country: string | null
  email: string | null
  business_type: string | null
  business_profile: Record<string, string | null>
  capabilities: Record<string, string>
  requirements: {
    currently_due: string[]
    eventually_due: string[]
    past_due: string[]
    disabled_reason: string | null
  }
  charges_enabled: boolean
  payouts_enabled: boolean
  details_submitted: boolean
  payout_schedule: PayoutScheduleSnapshot | null
  controller: AccountController | null
  status: ConnectedAccountStatus
}

const BUSINESS_PROFILE_FIELDS = [
  "name",
  "mcc",
  "url",
  "support_email",
  "support_phone",
  "support_url",
  "product_description",
] as const

/** Reads what the plugin stores of a Stripe account; `status` is derived by `deriveAccountStatus`. */
export function accountMirrorFromStripe(account: Stripe.Account): StripeAccountMirror {
  const profile = account.business_profile ?? null
  const business_profile: Record<string, string | null> = {}
  for (const field of BUSINESS_PROFILE_FIELDS) {
    business_profile[field] = (profile?.[field] as string | null | undefined) ?? null
  }
  const capabilities: Record<string, string> = {}
  for (const [name, status] of Object.entries(account.capabilities ?? {})) {
    if (typeof status === "string") {
      capabilities[name] = status
    }
  }
  const requirements = {
    currently_due: [...(account.requirements?.currently_due ?? [])],
    eventually_due: [...(account.requirements?.eventually_due ?? [])],
    past_due: [...(account.requirements?.past_due ?? [])],
    disabled_reason: account.requirements?.disabled_reason ?? null,
  }
  const charges_enabled = Boolean(account.charges_enabled)
  const payouts_enabled = Boolean(account.payouts_enabled)
  const details_submitted = Boolean(account.details_submitted)

  return {
    country: account.country ?? null,
    email: account.email ?? null,
    business_type: account.business_type ?? null,
    business_profile,
    capabilities,
    requirements,
    charges_enabled,
    payouts_enabled,
    details_submitted,
    payout_schedule: payoutScheduleFromStripe(account.settings?.payouts?.schedule),
    controller: controllerFromStripe(account.controller),
    status: deriveAccountStatus({ charges_enabled, payouts_enabled, details_submitted, requirements }),
  }
}

export function payoutScheduleFromStripe(
  schedule: Stripe.Account.Settings.Payouts.Schedule | null | undefined
): PayoutScheduleSnapshot | null {
  if (!schedule) {
    return null
  }
  return {
    interval: schedule.interval,
    delay_days: schedule.delay_days,
    ...(schedule.weekly_anchor ? { weekly_anchor: schedule.weekly_anchor } : {}),
    ...(schedule.monthly_anchor ? { monthly_anchor: schedule.monthly_anchor } : {}),
  }
}

/** The account's `controller` properties as Stripe reports them; null when Stripe sends none. */
export function controllerFromStripe(
  controller: Stripe.Account.Controller | null | undefined
): AccountController | null {
  if (!controller) {
    return null
  }
  return {
    type: controller.type ?? null,
    fees: { payer: controller.fees?.payer ?? null },
    losses: { payments: controller.losses?.payments ?? null },
    stripe_dashboard: { type: controller.stripe_dashboard?.type ?? null },
    requirement_collection: controller.requirement_collection ?? null,
  }
}
