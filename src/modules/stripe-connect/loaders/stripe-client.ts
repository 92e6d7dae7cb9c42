import type { LoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { parseStripeConnectOptions } from "../options"
import { createStripeGateway } from "../stripe"
import { SecretBox } from "../crypto/secret-box"
import { encryptionKeysOf } from "../crypto/encryption-key-options"
import { assertStoredSecretsReadable } from "../crypto/check-sealed-secrets"

/**
 * Validates the plugin options when Medusa loads the module (a bad option stops start-up with its name), then
 * registers the parsed options, the Stripe gateway and the secret box in the module's
 * container. With a database at hand, it also stops start-up when stored secrets cannot be decrypted with the
 * configured keys (naming table, count and key id), rather than failing each delivery that needs them later.
 */
export default async function stripeClientLoader({ container, options }: LoaderOptions) {
  const parsed = parseStripeConnectOptions(options)
  const secretBox = new SecretBox(encryptionKeysOf(parsed))
  container.register({
    stripeConnectOptions: asValue(parsed),
    stripeGateway: asValue(createStripeGateway(parsed)),
    secretBox: asValue(secretBox),
  })
  const knex = container.resolve<Knex | undefined>(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true })
  if (knex) {
    await assertStoredSecretsReadable(knex, secretBox)
  }
}
