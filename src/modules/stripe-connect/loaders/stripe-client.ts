import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { parseStripeConnectOptions } from "../options"
import { createStripeClient } from "../stripe/create-stripe-client"
import { SecretBox } from "../crypto/secret-box"

/**
 * Validates the plugin options when Medusa loads the module (a bad option stops start-up with its name), then
 * registers the parsed options, the one Stripe client and the secret box in the module's container.
 */
export default async function stripeClientLoader({ container, options }: LoaderOptions) {
  const parsed = parseStripeConnectOptions(options)
  container.register({
    stripeConnectOptions: asValue(parsed),
    stripeClient: asValue(createStripeClient(parsed)),
    secretBox: asValue(new SecretBox(parsed.encryptionKey)),
  })
}
