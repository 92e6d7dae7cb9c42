import { z } from "@medusajs/framework/zod"

/** What Stripe sends back to the OAuth redirect URI: `code` and `state`, or `error` and `error_description`. */
export const StripeOAuthCallbackQuery = z.object({
  state: z.string().max(500).optional(),
  code: z.string().max(500).optional(),
  scope: z.string().max(100).optional(),
  error: z.string().max(200).optional(),
  error_description: z.string().max(1000).optional(),
})
export type StripeOAuthCallbackQueryType = z.infer<typeof StripeOAuthCallbackQuery>
