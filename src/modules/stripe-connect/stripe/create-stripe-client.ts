import Stripe from "stripe"
import type { StripeConnectOptions } from "../options"

/**
 * The one Stripe client of the module. The API version is the one the installed SDK pins; requests for a
 * connected account pass `stripeAccount` per call rather than building a client per account.
 */
export function createStripeClient(options: StripeConnectOptions): Stripe {
  const target = options.stripe
  return new Stripe(options.apiKey, {
    maxNetworkRetries: options.maxNetworkRetries,
    timeout: 30_000,
    appInfo: { name: "medusa-plugin-stripe-connect" },
    ...(target ? { host: target.host, port: target.port, protocol: target.protocol } : {}),
  })
}
