import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import StripeConnectModule from "../modules/stripe-connect"

/**
 * A Medusa order and the Stripe invoices sent for it, across integrations. Query
 * `order.stripe_connect_invoices`.
 */
export default defineLink(OrderModule.linkable.order, {
  linkable: StripeConnectModule.linkable.stripeConnectInvoice,
  isList: true,
})
