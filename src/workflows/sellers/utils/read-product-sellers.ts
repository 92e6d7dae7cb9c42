import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import ProductConnectedAccountLink from "../../../links/product-connected-account"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { CurrentSeller } from "./plan-seller-changes"

export type ProductSeller = CurrentSeller & { stripe_account_id: string }

/** The current seller of each of the products that has one (product ↔ connected account link), with its merchant. */
export async function readProductSellers(container: MedusaContainer, productIds: string[]): Promise<ProductSeller[]> {
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
    { select: ["id", "merchant_id", "stripe_account_id"] }
  )
  const byId = new Map(accounts.map((account) => [account.id, account]))
  return rows.flatMap((row) => {
    const account = byId.get(row.connected_account_id)
    return account ? [{ ...row, merchant_id: account.merchant_id, stripe_account_id: account.stripe_account_id }] : []
  })
}
