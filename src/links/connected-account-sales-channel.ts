import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import StripeConnectModule from "../modules/stripe-connect"

/**
 * A connected account sells through one or more Medusa sales channels; a sales channel belongs to at most one
 * connected account (checked when linking). The storefront checkout provider uses it to find a cart's merchant:
 * query `sales_channel.connected_account`.
 */
export default defineLink(StripeConnectModule.linkable.connectedAccount, {
  linkable: SalesChannelModule.linkable.salesChannel,
  isList: true,
})
