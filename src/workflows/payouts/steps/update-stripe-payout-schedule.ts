import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { platformControlsPayouts, type PayoutSchedule } from "../../../modules/stripe-connect/payouts"

export type UpdateStripePayoutScheduleStepInput = {
  account_id: string
  interval: "manual" | "daily" | "weekly" | "monthly"
  weekly_anchor?: string
  monthly_anchor?: number
  delay_days?: number | "minimum"
}

export const updateStripePayoutScheduleStepId = "update-stripe-connect-payout-schedule"

/**
 * This step sets a connected account's payout schedule at Stripe (`settings.payouts.schedule`). It first reads
 * the account and refuses (400 `invalid_account_type`) one whose payouts the platform does not control. The key
 * `stripe-connect:payout-schedule:<acct>:<hash of the schedule>` makes a retry harmless. Compensation puts the
 * previous schedule back.
 */
export const updateStripePayoutScheduleStep = createStep(
  updateStripePayoutScheduleStepId,
  async (input: UpdateStripePayoutScheduleStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const account = await gateway.accounts.retrieve(input.account_id)
    if (!platformControlsPayouts(account)) {
      throw new StripeConnectError(
        "invalid_account_type",
        `Account ${input.account_id} (${account.type ?? "unknown"} account) manages its own payouts; the platform can change payout schedules only for Express or Custom accounts, or accounts whose requirements the platform collects`
      )
    }
    const previous = account.settings?.payouts?.schedule ?? null
    const schedule: Stripe.AccountUpdateParams.Settings.Payouts.Schedule = {
      interval: input.interval,
      ...(input.weekly_anchor
        ? { weekly_anchor: input.weekly_anchor as Stripe.AccountUpdateParams.Settings.Payouts.Schedule.WeeklyAnchor }
        : {}),
      ...(input.monthly_anchor !== undefined ? { monthly_anchor: input.monthly_anchor } : {}),
      ...(input.delay_days !== undefined ? { delay_days: input.delay_days } : {}),
    }
    const updated = await gateway.accounts.update(
      input.account_id,
      { settings: { payouts: { schedule } } },
      stripeIdempotencyKeys.payoutSchedule(input.account_id, schedule)
    )
    const result: PayoutSchedule = updated.settings?.payouts?.schedule ?? { interval: input.interval }
    return new StepResponse(result, previous ? { account_id: input.account_id, schedule: previous } : undefined)
  },
  async (
    compensation: { account_id: string; schedule: Stripe.Account.Settings.Payouts.Schedule } | undefined,
    { container }
  ) => {
    if (!compensation) {
      return
    }
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const { schedule } = compensation
    await gateway.accounts.update(
      compensation.account_id,
      {
        settings: {
          payouts: {
            schedule: {
              interval: schedule.interval as Stripe.AccountUpdateParams.Settings.Payouts.Schedule.Interval,
              delay_days: schedule.delay_days,
              ...(schedule.weekly_anchor
                ? {
                    weekly_anchor:
                      schedule.weekly_anchor as Stripe.AccountUpdateParams.Settings.Payouts.Schedule.WeeklyAnchor,
                  }
                : {}),
              ...(schedule.monthly_anchor ? { monthly_anchor: schedule.monthly_anchor } : {}),
            },
          },
        },
      },
      stripeIdempotencyKeys.restorePayoutSchedule(compensation.account_id, schedule)
    )
  }
)
