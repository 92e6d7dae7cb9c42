import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { parseStripeConnectOptions } from "../options"
import { createStripeGateway } from "../stripe"
import { SecretBox } from "../crypto/secret-box"

/**
 * Validates the plugin options when Medusa loads the module (a bad option stops start-up with its name), then
 * registers the parsed options, the Stripe gateway and the secret box in the module's
 * container.
 */
export default async function stripeClientLoader({ container, options }: LoaderOptions) {
  const parsed = parseStripeConnectOptions(options)
  container.register({
    stripeConnectOptions: asValue(parsed),
    stripeGateway: asValue(createStripeGateway(parsed)),
    secretBox: asValue(new SecretBox(parsed.encryptionKey)),
  })
}
