import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StripeConnectModule from "../modules/stripe-connect"

/**
 * A Medusa order and the plugin payments made for it (admin-created intents naming the order, and storefront
 * checkout payments once the cart became the order). Query `order.stripe_connect_payments`.
 */
export default defineLink(OrderModule.linkable.order, {
  linkable: StripeConnectModule.linkable.stripeConnectPayment,
  isList: true,
})
