import { z } from "@medusajs/framework/zod"
import { stripeMetadataSchema } from "../../../utils/stripe-metadata"
import { listParams, oneOrMany } from "../../../utils/list-params"
import { currencyCode, positiveAmount, refineCurrencySteps } from "../../../utils/money-params"

/**
 * Create transfer (docs/api.md#create-transfer). `source_transaction` (a platform charge `ch_...`) or `order_id` (the
 * charge of that order's stored payment) ties the transfer to a charge, so it can be made before the charge's funds are
 * available.
 */
export const AdminCreateStripeTransfer = z
  .object({
    account_id: z.string().regex(/^acct_[A-Za-z0-9]+$/, "account_id: must be a Stripe account id (acct_...)"),
    amount: positiveAmount("amount"),
    currency: currencyCode,
    description: z.string().min(1).max(500, "description: at most 500 characters").optional(),
    metadata: stripeMetadataSchema.optional(),
    source_transaction: z
      .string()
      .regex(/^(ch|py)_[A-Za-z0-9]+$/, "source_transaction: must be a Stripe charge id (ch_...)")
      .optional(),
    order_id: z.string().min(1).max(255).optional(),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.source_transaction && body.order_id) {
      context.addIssue({
        code: "custom",
        path: ["order_id"],
        message: "order_id: give either order_id or source_transaction, not both",
      })
    }
    refineCurrencySteps(body, context, ["amount"])
  })
export type AdminCreateStripeTransferType = z.infer<typeof AdminCreateStripeTransfer>

/** Reverse transfer (docs/api.md#reverse-transfer). `amount` left out: everything not yet reversed. */
export const AdminReverseStripeTransfer = z
  .object({
    amount: positiveAmount("amount").optional(),
    description: z.string().min(1).max(500, "description: at most 500 characters").optional(),
  })
  .strict()
export type AdminReverseStripeTransferType = z.infer<typeof AdminReverseStripeTransfer>

const isoDate = (field: string) =>
  z.string().refine((value) => !Number.isNaN(Date.parse(value)), `${field}: must be an ISO 8601 date or date-time`)

/** `GET /transfers` filters: account, order, creation date range (`created_after` inclusive, `created_before` exclusive). */
export const AdminGetStripeTransfersParams = listParams(20, {
  account_id: oneOrMany(z.string().min(1).max(255)).optional(),
  order_id: oneOrMany(z.string().min(1).max(255)).optional(),
  created_after: isoDate("created_after").optional(),
  created_before: isoDate("created_before").optional(),
})
export type AdminGetStripeTransfersParamsType = z.infer<typeof AdminGetStripeTransfersParams>
