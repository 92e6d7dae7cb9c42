import { z } from "@medusajs/framework/zod"
import { validateFeeConfiguration } from "../../../../shared/validate-fee-configuration"
import { listParams } from "../../../utils/list-params"
import { currencyCode as currency } from "../../../utils/money-params"

const feeTier = z
  .object({
    volume_min: z.number(),
    volume_max: z.number().nullable().default(null),
    fee_percent: z.number(),
    fee_fixed: z.number().default(0),
  })
  .strict()

const merchantOverride = z
  .object({
    merchant_id: z.string().min(1).max(255),
    fee_percent: z.number(),
    fee_fixed: z.number().default(0),
    reason: z.string().max(500).nullable().default(null),
  })
  .strict()

/**
 * Update fee configuration (docs/api.md#update-fee-configuration): the whole document, which replaces the stored one
 * (fields left out take their defaults: no fixed fee, no tiers, no overrides). Rules that span fields (ranges, integer
 * amounts, sorted non-overlapping tiers, one override per merchant) come from `validateFeeConfiguration`, each issue
 * naming its field and index.
 */
export const AdminUpdateFeeConfiguration = z
  .object({
    default_fee_percent: z.number(),
    default_fee_fixed: z.number().default(0),
    fee_tiers: z.array(feeTier).max(100).default([]),
    per_merchant_overrides: z.array(merchantOverride).max(10_000).default([]),
  })
  .strict()
  .superRefine((document, context) => {
    for (const issue of validateFeeConfiguration(document)) {
      context.addIssue({ code: "custom", path: issue.path, message: issue.message })
    }
  })
export type AdminUpdateFeeConfigurationType = z.infer<typeof AdminUpdateFeeConfiguration>

/** `?currency=usd` selects a currency's own document; without it, the platform-wide one. */
export const AdminFeeConfigurationParams = z.object({ currency: currency.optional() })
export type AdminFeeConfigurationParamsType = z.infer<typeof AdminFeeConfigurationParams>

export const AdminGetFeeConfigurationHistoryParams = listParams(20, {
  currency: z.union([currency, z.literal("*")]).optional(),
  kind: z.enum(["configuration", "payment_override", "all"]).default("configuration"),
})
export type AdminGetFeeConfigurationHistoryParamsType = z.infer<typeof AdminGetFeeConfigurationHistoryParams>

/**
 * A fee calculator for the admin UI: the fee a payment would get now, and why. Name the merchant by
 * `merchant_id` or by its connected account (`account_id`).
 */
export const AdminPreviewApplicationFee = z
  .object({
    amount: z
      .number()
      .int("amount: must be an integer amount in minor units")
      .positive("amount: must be greater than 0"),
    currency,
    merchant_id: z.string().min(1).max(255).optional(),
    account_id: z
      .string()
      .regex(/^acct_[A-Za-z0-9]+$/, "account_id: must be a Stripe account id (acct_...)")
      .optional(),
    application_fee_amount: z
      .number()
      .int("application_fee_amount: must be an integer")
      .min(0, "application_fee_amount: must not be negative")
      .optional(),
  })
  .strict()
  .refine((body) => Boolean(body.merchant_id) !== Boolean(body.account_id), {
    message: "merchant_id: give either merchant_id or account_id",
    path: ["merchant_id"],
  })
export type AdminPreviewApplicationFeeType = z.infer<typeof AdminPreviewApplicationFee>
