import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import StripeConnectModule from "../modules/stripe-connect"

/**
 * The seller of a product: the connected account paid for it in a multi-seller cart. An account sells many
 * products; a product has at most one seller (the workflow that writes the link, `assignProductSellersWorkflow`,
 * replaces the previous one under a lock). Query `product.connected_account` or `connected_account.products`.
 */
export default defineLink(StripeConnectModule.linkable.connectedAccount, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
