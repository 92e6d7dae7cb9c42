import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-params"

const id = (field: string) =>
  z.string(`${field}: is required`).trim().min(1, `${field}: is required`).max(255, `${field}: is too long`)

/**
 * Send invoice (docs/api.md#send-invoice). `days_until_due` (default 30) is when the invoice is due; `memo` is shown on
 * the invoice as its description.
 */
export const AdminSendStripeInvoice = z
  .object({
    order_id: id("order_id"),
    integration_id: id("integration_id"),
    days_until_due: z
      .number("days_until_due: must be a whole number of days")
      .int("days_until_due: must be a whole number of days")
      .min(1, "days_until_due: must be at least 1")
      .max(365, "days_until_due: must be at most 365")
      .optional(),
    memo: z.string("memo: must be text").trim().max(500, "memo: at most 500 characters").optional(),
  })
  .strict()
export type AdminSendStripeInvoiceType = z.infer<typeof AdminSendStripeInvoice>

/** Void invoice (docs/api.md#void-invoice): no body. */
export const AdminVoidStripeInvoice = z.object({}).strict()
export type AdminVoidStripeInvoiceType = z.infer<typeof AdminVoidStripeInvoice>

/**
 * Refund invoice (docs/api.md#refund-invoice): `amount` (minor units) for a partial refund, none for everything left.
 */
export const AdminRefundStripeInvoice = z
  .object({
    amount: z
      .number("amount: must be an integer amount in minor units")
      .int("amount: must be an integer amount in minor units")
      .positive("amount: must be greater than 0")
      .optional(),
    reason: z
      .string("reason: must be text")
      .trim()
      .min(1, "reason: must not be empty")
      .max(500, "reason: at most 500 characters")
      .optional(),
  })
  .strict()
export type AdminRefundStripeInvoiceType = z.infer<typeof AdminRefundStripeInvoice>

export const AdminGetStripeInvoicesParams = listParams(20, {
  status: z.union([z.string().min(1).max(255), z.array(z.string().min(1).max(255)).max(100)]).optional(),
})
export type AdminGetStripeInvoicesParamsType = z.infer<typeof AdminGetStripeInvoicesParams>
