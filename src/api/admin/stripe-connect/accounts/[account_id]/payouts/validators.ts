import { z } from "@medusajs/framework/zod"
import { currencyCode, positiveAmount, refineCurrencySteps } from "../../../../../utils/money-params"
import { validatePayoutSchedule } from "../../../../../../modules/stripe-connect/payouts"
import { PAYOUT_STATUSES } from "../../../../../../shared/types/payouts"

/**
 * Update payout schedule (docs/api.md#update-payout-schedule): `interval`, `weekly_anchor`, `monthly_anchor`,
 * `delay_days`. Every rule of `validatePayoutSchedule` is a 400 naming its field and saying why.
 */
export const AdminUpdatePayoutSchedule = z
  .object({
    interval: z.unknown().optional(),
    weekly_anchor: z.unknown().optional(),
    monthly_anchor: z.unknown().optional(),
    delay_days: z.unknown().optional(),
  })
  .strict()
  .superRefine((body, context) => {
    for (const problem of validatePayoutSchedule(body)) {
      context.addIssue({ code: "custom", path: [problem.field], message: problem.message })
    }
  })
  .transform((body) => ({
    interval: body.interval as "manual" | "daily" | "weekly" | "monthly",
    weekly_anchor: (body.weekly_anchor ?? undefined) as string | undefined,
    monthly_anchor: (body.monthly_anchor ?? undefined) as number | undefined,
    delay_days: (body.delay_days ?? undefined) as number | "minimum" | undefined,
  }))
export type AdminUpdatePayoutScheduleType = z.infer<typeof AdminUpdatePayoutSchedule>

/** A manual payout: `method` standard (default, arrives in days) or instant. */
export const AdminCreatePayout = z
  .object({
    amount: positiveAmount("amount"),
    currency: currencyCode,
    method: z.enum(["standard", "instant"], "method: must be standard or instant").default("standard"),
    description: z.string().min(1).max(500, "description: at most 500 characters").optional(),
  })
  .strict()
  .superRefine((body, context) => refineCurrencySteps(body, context, ["amount"]))
export type AdminCreatePayoutType = z.infer<typeof AdminCreatePayout>

/** `GET /accounts/:account_id/payouts`: Stripe's cursor pagination (`limit`, `starting_after`) and a status filter. */
export const AdminGetPayoutsParams = z
  .object({
    status: z.enum(PAYOUT_STATUSES, `status: must be one of ${PAYOUT_STATUSES.join(", ")}`).optional(),
    limit: z.coerce
      .number()
      .int("limit: must be an integer")
      .min(1, "limit: must be 1 to 100")
      .max(100, "limit: must be 1 to 100")
      .default(10),
    starting_after: z
      .string()
      .regex(/^po_[A-Za-z0-9]+$/, "starting_after: must be a payout id (po_...)")
      .optional(),
  })
  .strict()
export type AdminGetPayoutsParamsType = z.infer<typeof AdminGetPayoutsParams>
