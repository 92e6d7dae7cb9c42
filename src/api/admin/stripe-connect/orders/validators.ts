import { z } from "@medusajs/framework/zod"
import { listParams } from "../../../utils/list-params"

/** List an order's sellers (docs/api.md#list-order-sellers). */
export const AdminGetOrderSellersParams = listParams(20, {})
export type AdminGetOrderSellersParamsType = z.infer<typeof AdminGetOrderSellersParams>

/** Refund one seller's amount of an order (docs/api.md#refund-order-seller). */
export const AdminRefundOrderSeller = z
  .object({
    amount: z
      .number()
      .int("amount: must be an integer amount in minor units")
      .positive("amount: must be greater than 0")
      .max(99_999_999_999, "amount: is too large"),
  })
  .strict()
export type AdminRefundOrderSellerType = z.infer<typeof AdminRefundOrderSeller>
