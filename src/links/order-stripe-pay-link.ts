import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StripeConnectModule from "../modules/stripe-connect"

/** A Medusa order and the pay links (Checkout Sessions) made for it. Query `order.stripe_connect_pay_links`. */
export default defineLink(OrderModule.linkable.order, {
  linkable: StripeConnectModule.linkable.stripeConnectPayLink,
  isList: true,
})
