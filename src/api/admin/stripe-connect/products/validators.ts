import { z } from "@medusajs/framework/zod"

/** Set (`acct_...`) or clear (null) a product's seller (docs/api.md#set-product-seller). */
export const AdminSetProductSeller = z
  .object({
    account_id: z
      .string("account_id: must be a connected account id (acct_...) or null")
      .regex(/^acct_[A-Za-z0-9]+$/, "account_id: must be a connected account id (acct_...) or null")
      .nullable(),
  })
  .strict()
export type AdminSetProductSellerType = z.infer<typeof AdminSetProductSeller>
