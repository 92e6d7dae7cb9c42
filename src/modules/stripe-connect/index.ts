import { Module } from "@medusajs/framework/utils"
import StripeConnectModuleService from "./service"
import stripeClientLoader from "./loaders/stripe-client"

export const STRIPE_CONNECT_MODULE = "stripe_connect"

export default Module(STRIPE_CONNECT_MODULE, {
  service: StripeConnectModuleService,
  loaders: [stripeClientLoader],
})

export { StripeConnectModuleService }
export type { StripeConnectPluginOptions, StripeConnectOptions } from "./options"
