import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

/** A Medusa order and the merchant it belongs to: null when its sales channel is not linked to an account. */
export type OrderOwner = { id: string; merchant_id: string | null }

/**
 * The merchant a Medusa order belongs to: the owner of the connected account its sales channel is linked to
 * (docs/api.md#merchant-scope). null when there is no such order.
 */
export async function findOrderOwner(container: MedusaContainer, orderId: string): Promise<OrderOwner | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "sales_channel_id"], filters: { id: orderId } })
  const order = data[0] as { id: string; sales_channel_id?: string | null } | undefined
  if (!order) {
    return null
  }
  if (!order.sales_channel_id) {
    return { id: order.id, merchant_id: null }
  }
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [owner] = await service.listSalesChannelAccounts({ sales_channel_id: order.sales_channel_id }, { take: 1 })
  return { id: order.id, merchant_id: owner?.merchant_id ?? null }
}
