import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { assertMerchantAccess } from "../../../utils/access-scope"
import type { ConnectedAccountRow } from "../../../../modules/stripe-connect/types"

/**
 * The connected account named by `:account_id` (Stripe's `acct_...` id), or 404 `account_not_found` when there
 * is none or it belongs to a merchant outside the caller's scope (ids of other merchants are not disclosed).
 */
export async function loadScopedAccount(req: MedusaRequest, accountId: string): Promise<ConnectedAccountRow> {
  const notFound = () => new StripeConnectError("account_not_found", `Connected account ${accountId} was not found`)
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [account] = await service.listConnectedAccounts({ stripe_account_id: accountId }, { take: 1 })
  if (!account) {
    throw notFound()
  }
  assertMerchantAccess(req, account.merchant_id, notFound)
  return account
}

/** Ids of the sales channels linked to a stored connected account (`scacct_...`). */
export async function linkedSalesChannelIds(req: MedusaRequest, id: string): Promise<string[]> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "connected_account",
    fields: ["id", "sales_channels.id"],
    filters: { id },
  })
  const channels = (data[0] as { sales_channels?: ({ id: string } | null)[] } | undefined)?.sales_channels ?? []
  return channels.filter((channel): channel is { id: string } => Boolean(channel)).map((channel) => channel.id)
}
