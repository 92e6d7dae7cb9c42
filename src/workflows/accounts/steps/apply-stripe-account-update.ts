import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { accountMirrorFromStripe } from "../../../modules/stripe-connect/accounts/account-from-stripe"
import { isStaleStripeEvent, unixToIso } from "../../../modules/stripe-connect/accounts/event-order"
import { eventOrderGuard } from "../../../modules/stripe-connect/records"
import type { ConnectedAccountStatus } from "../../../shared/types/accounts"

export type ApplyStripeAccountUpdateStepInput = {
  /** The account as Stripe sent it (event payload) or as it was just retrieved. */
  account: Stripe.Account
  /** `created` of the event that carried the change (unix seconds). */
  event_created: number
}

export type ApplyStripeAccountUpdateResult =
  | { applied: false; reason: "unknown_account" | "stale_event"; account_id: string }
  | {
      applied: true
      id: string
      account_id: string
      merchant_id: string
      previous_status: ConnectedAccountStatus
      status: ConnectedAccountStatus
    }

const MIRRORED_FIELDS = [
  "country",
  "email",
  "business_type",
  "business_profile",
  "capabilities",
  "requirements",
  "charges_enabled",
  "payouts_enabled",
  "details_submitted",
  "payout_schedule",
  "controller",
  "status",
  "last_stripe_event_at",
] as const

export const applyStripeAccountUpdateStepId = "apply-stripe-account-update"

/**
 * This step copies a Stripe account's state onto the stored connected account, unless an event newer than this
 * one was applied already (Stripe does not deliver in order). That is checked again in the UPDATE itself: an
 * `account.updated` and a `capability.updated` handler of one account lock different objects and may interleave.
 * Compensation restores the fields it changed.
 */
export const applyStripeAccountUpdateStep = createStep(
  applyStripeAccountUpdateStepId,
  async (input: ApplyStripeAccountUpdateStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [stored] = await service.listConnectedAccounts({ stripe_account_id: input.account.id })
    if (!stored) {
      return new StepResponse<ApplyStripeAccountUpdateResult, null>(
        { applied: false, reason: "unknown_account", account_id: input.account.id },
        null
      )
    }
    if (isStaleStripeEvent(input.event_created, stored.last_stripe_event_at)) {
      return new StepResponse<ApplyStripeAccountUpdateResult, null>(
        { applied: false, reason: "stale_event", account_id: input.account.id },
        null
      )
    }

    const previous = Object.fromEntries(MIRRORED_FIELDS.map((field) => [field, stored[field]]))
    const mirror = accountMirrorFromStripe(input.account)
    const written = await service.updateRecordIfGuardHolds("account", stored.id, eventOrderGuard(input.event_created), {
      ...mirror,
      last_stripe_event_at: new Date(unixToIso(input.event_created)),
    })
    if (!written) {
      return new StepResponse<ApplyStripeAccountUpdateResult, null>(
        { applied: false, reason: "stale_event", account_id: input.account.id },
        null
      )
    }
    return new StepResponse<ApplyStripeAccountUpdateResult, { id: string; previous: Record<string, unknown> }>(
      {
        applied: true,
        id: stored.id,
        account_id: stored.stripe_account_id,
        merchant_id: stored.merchant_id,
        previous_status: stored.status,
        status: mirror.status,
      },
      { id: stored.id, previous }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.updateConnectedAccounts({ id: compensation.id, ...compensation.previous })
  }
)
