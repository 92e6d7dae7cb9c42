import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductConnectedAccountLink from "../../../links/product-connected-account"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { CurrentSeller } from "./plan-seller-changes"

/** The current seller of each of the products that has one (product ↔ connected account link), with its merchant. */
export async function readProductSellers(container: MedusaContainer, productIds: string[]): Promise<CurrentSeller[]> {
  if (!productIds.length) {
    return []
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: ProductConnectedAccountLink.entryPoint,
    fields: ["product_id", "connected_account_id"],
    filters: { product_id: productIds },
  })
  const rows = links as { product_id: string; connected_account_id: string }[]
  if (!rows.length) {
    return []
  }
  const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const accounts = await service.listConnectedAccounts(
    { id: [...new Set(rows.map((row) => row.connected_account_id))] },
    { select: ["id", "merchant_id"] }
  )
  const merchantOf = new Map(accounts.map((account) => [account.id, account.merchant_id]))
  return rows
    .filter((row) => merchantOf.has(row.connected_account_id))
    .map((row) => ({ ...row, merchant_id: merchantOf.get(row.connected_account_id) as string }))
}
