import { z } from "@medusajs/framework/zod"
import { stripeMetadataSchema } from "../../../utils/stripe-metadata"
import { listParams, oneOrMany } from "../../../utils/list-params"
import { currencyCode, positiveAmount, refineCurrencySteps } from "../../../utils/money-params"

/**
 * Create payment (docs/api.md#create-payment). Amounts are integer minor units (2500 = $25.00). `capture_method`
 * (default "manual": the payment is authorized, then captured with the Capture route) and `on_behalf_of` (make the
 * connected account the settlement merchant) are the plugin's additions.
 */
export const AdminCreateStripePayment = z
  .object({
    account_id: z.string().regex(/^acct_[A-Za-z0-9]+$/, "account_id: must be a Stripe account id (acct_...)"),
    amount: positiveAmount("amount"),
    currency: currencyCode,
    order_id: z.string().min(1).max(255).optional(),
    customer_email: z.email("customer_email: must be an email address").optional(),
    payment_method_types: z
      .array(z.string().regex(/^[a-z_]+$/, "payment_method_types: must be Stripe payment method types"))
      .min(1)
      .optional(),
    application_fee_amount: z
      .number()
      .int("application_fee_amount: must be an integer amount in minor units")
      .min(0, "application_fee_amount: must not be negative")
      .optional(),
    metadata: stripeMetadataSchema.optional(),
    capture_method: z.enum(["automatic", "manual"]).default("manual"),
    on_behalf_of: z.boolean().default(false),
  })
  .strict()
  .superRefine((body, context) => {
    if (body.application_fee_amount !== undefined && body.application_fee_amount > body.amount) {
      context.addIssue({
        code: "custom",
        path: ["application_fee_amount"],
        message: `application_fee_amount: ${body.application_fee_amount} is more than the amount ${body.amount}`,
      })
    }
    refineCurrencySteps(body, context, ["amount", "application_fee_amount"])
  })
export type AdminCreateStripePaymentType = z.infer<typeof AdminCreateStripePayment>

/** Capture payment (docs/api.md#capture-payment). Left out: everything capturable. */
export const AdminCaptureStripePayment = z
  .object({ amount_to_capture: positiveAmount("amount_to_capture").optional() })
  .strict()
export type AdminCaptureStripePaymentType = z.infer<typeof AdminCaptureStripePayment>

/**
 * Refund payment (docs/api.md#refund-payment). `amount` left out: everything left to refund. `refund_application_fee`
 * defaults to false, as at Stripe: the platform keeps its fee unless told otherwise.
 */
export const AdminRefundStripePayment = z
  .object({
    amount: positiveAmount("amount").optional(),
    reason: z.string().min(1).max(200, "reason: at most 200 characters").optional(),
    refund_application_fee: z.boolean().default(false),
  })
  .strict()
export type AdminRefundStripePaymentType = z.infer<typeof AdminRefundStripePayment>

export const AdminGetStripePaymentsParams = listParams(20, {
  account_id: oneOrMany(z.string().min(1).max(255)).optional(),
  order_id: oneOrMany(z.string().min(1).max(255)).optional(),
  status: oneOrMany(z.string().min(1).max(255)).optional(),
})
export type AdminGetStripePaymentsParamsType = z.infer<typeof AdminGetStripePaymentsParams>
