import type { MedusaContainer } from "@medusajs/framework/types"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { findOrderOwner } from "./order-owner"

/**
 * Refuses (400 naming `order_id`) to make a record for an order of one merchant on another merchant's Stripe
 * account: an invoice or pay link goes out through the order's own merchant (docs/api.md#merchant-scope). An
 * integration without a merchant (platform-wide), or an order whose sales channel no account owns, is not checked.
 */
export async function assertOrderOfMerchant(
  container: MedusaContainer,
  orderId: string,
  merchantId: string | null | undefined
): Promise<void> {
  if (!merchantId) {
    return
  }
  const owner = await findOrderOwner(container, orderId)
  if (owner?.merchant_id && owner.merchant_id !== merchantId) {
    throw new StripeConnectError(
      "invalid_request",
      `order_id: order ${orderId} belongs to a merchant other than ${merchantId}`,
      { param: "order_id" }
    )
  }
}
