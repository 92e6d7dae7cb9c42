import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-params"

const id = (field: string) =>
  z.string(`${field}: is required`).trim().min(1, `${field}: is required`).max(255, `${field}: is too long`)

/**
 * Pay links: `expires_in_minutes` is how long the link can be paid (Stripe allows 30 minutes to 24 hours;
 * default 24 hours). `success_url` / `cancel_url` are where Stripe sends the customer afterwards (default: the
 * store's public URL).
 */
export const AdminCreateStripePayLink = z
  .object({
    order_id: id("order_id"),
    integration_id: id("integration_id"),
    expires_in_minutes: z
      .number("expires_in_minutes: must be a whole number of minutes")
      .int("expires_in_minutes: must be a whole number of minutes")
      .min(30, "expires_in_minutes: must be at least 30")
      .max(1440, "expires_in_minutes: must be at most 1440 (24 hours)")
      .optional(),
    success_url: z.url("success_url: must be a URL").optional(),
    cancel_url: z.url("cancel_url: must be a URL").optional(),
  })
  .strict()
export type AdminCreateStripePayLinkType = z.infer<typeof AdminCreateStripePayLink>

export const AdminGetStripePayLinksParams = listParams(50, {
  status: z
    .union([z.enum(["open", "completed", "expired"]), z.array(z.enum(["open", "completed", "expired"]))])
    .optional(),
})
export type AdminGetStripePayLinksParamsType = z.infer<typeof AdminGetStripePayLinksParams>
