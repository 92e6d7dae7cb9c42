import { randomBytes } from "node:crypto"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { LoaderOptions, MedusaContainer } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import { ContainerRegistrationKeys, createMedusaContainer } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../../src/modules/stripe-connect/service"
import { SecretBox, type EncryptionKey } from "../../../src/modules/stripe-connect/crypto/secret-box"
import stripeClientLoader from "../../../src/modules/stripe-connect/loaders/stripe-client"
import reEncryptSecrets from "../../../src/scripts/re-encrypt-secrets"
import { sealLegacy } from "../../../src/modules/stripe-connect/__tests__/fixtures/legacy-sealed"
import { emulatorStripe, knexOf, makeEvent, storedEvents, webhookSpecSetup } from "../webhooks/helpers"

jest.setTimeout(180_000)

const OLD_KEY: EncryptionKey = { id: "2026-01", key: randomBytes(32).toString("base64") }
const NEW_KEY: EncryptionKey = { id: "2026-12", key: randomBytes(32).toString("base64") }

// The app runs after a rotation: the new key first (it seals), the old one still listed (it opens).
const previousKeys = process.env.STRIPE_CONNECT_ENCRYPTION_KEYS
process.env.STRIPE_CONNECT_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY].map(({ id, key }) => `${id}:${key}`).join(",")
afterAll(() => {
  process.env.STRIPE_CONNECT_ENCRYPTION_KEYS = previousKeys
})

const { deliver } = webhookSpecSetup({
  fixedSecrets: { platform: "whsec_rotation_platform", connect: "whsec_rotation_connect" },
})

type Stored = { accountId: string; secret: string }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ getContainer }) => {
    let container: MedusaContainer
    let service: StripeConnectModuleService
    // Secrets written before the rotation: one sealed with the old key by id, one in the format without key ids.
    const namedOld: Stored = { accountId: "", secret: "whsec_sealed_with_old_key_id" }
    const legacyOld: Stored = { accountId: "", secret: "whsec_sealed_before_key_ids" }
    let integrationId = ""

    beforeAll(async () => {
      container = getContainer()
      service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      const stripe = emulatorStripe()
      namedOld.accountId = (await stripe.accounts.create({ type: "standard", country: "US" })).id
      legacyOld.accountId = (await stripe.accounts.create({ type: "standard", country: "US" })).id
      const oldBox = new SecretBox([OLD_KEY])
      await service.createWebhookEndpoints([
        endpointRow(namedOld.accountId, oldBox.seal(namedOld.secret)),
        endpointRow(legacyOld.accountId, sealLegacy(OLD_KEY.key, legacyOld.secret)),
      ])
      const [integration] = await service.createStripeIntegrations([
        {
          name: "Rotated integration",
          mode: "test",
          access_token_sealed: oldBox.seal("sk_test_oauth_access_token"),
          refresh_token_sealed: sealLegacy(OLD_KEY.key, "rt_oauth_refresh_token"),
        },
      ])
      integrationId = integration.id
    })

    async function deliverOwnEvent({ accountId, secret }: Stored) {
      const event = makeEvent(
        "customer.created",
        { id: `cus_${accountId}`, object: "customer" },
        { account: accountId }
      )
      const response = await deliver(`/hooks/stripe-connect/accounts/${accountId}`, event, secret)
      return { status: response.status, stored: await storedEvents(container, event.id as string) }
    }

    async function storedValues(): Promise<string[]> {
      const knex = knexOf(container)
      const endpoints = await knex("stripe_connect_webhook_endpoint").select("secret_sealed as value")
      const integrations = await knex("stripe_connect_integration")
        .where({ id: integrationId })
        .select(knex.raw("unnest(array[access_token_sealed, refresh_token_sealed]) as value"))
      return [...endpoints, ...integrations].map((row: { value: string }) => row.value)
    }

    function loadModuleWith(encryptionKeys: EncryptionKey[]) {
      const moduleContainer = createMedusaContainer()
      moduleContainer.register(ContainerRegistrationKeys.PG_CONNECTION, asValue(knexOf(container)))
      return service
        .getOptions()
        .then(({ encryptionKey: _deprecated, ...options }) =>
          stripeClientLoader({
            container: moduleContainer,
            options: { ...options, encryptionKeys },
          } as unknown as LoaderOptions)
        )
    }

    it("should still verify per-account deliveries with secrets sealed by the old key, by id and in the old format", async () => {
      for (const stored of [namedOld, legacyOld]) {
        const delivered = await deliverOwnEvent(stored)
        expect(delivered.status).toBe(200)
        expect(delivered.stored).toHaveLength(1)
      }
      expect((await deliverOwnEvent({ ...namedOld, secret: "whsec_not_the_stored_one" })).status).toBe(400)
    })

    it("should stop start-up naming the table, the count and the key id when a key in use is left out", async () => {
      await expect(loadModuleWith([NEW_KEY])).rejects.toThrow(
        /1 value\(s\) of stripe_connect_webhook_endpoint\.secret_sealed are sealed with encryption key "2026-01", which is not configured/
      )
      await expect(loadModuleWith([NEW_KEY])).rejects.toThrow(
        /1 value\(s\) of stripe_connect_webhook_endpoint\.secret_sealed are in the format without key ids, and none of the configured keys opens them/
      )
      await expect(loadModuleWith([NEW_KEY])).rejects.toThrow(/stripe_connect_integration\.access_token_sealed/)
      // A key configured under the right id with other bytes is named too.
      await expect(
        loadModuleWith([NEW_KEY, { id: OLD_KEY.id, key: randomBytes(32).toString("base64") }])
      ).rejects.toThrow(/sealed with encryption key "2026-01", but the key configured under that id does not open them/)
      await expect(loadModuleWith([NEW_KEY, OLD_KEY])).resolves.toBeUndefined()
    })

    it("should move every stored secret to the first key with the re-encrypt script, once", async () => {
      expect((await storedValues()).filter((value) => !value.startsWith("v2.2026-12."))).toHaveLength(4)

      await reEncryptSecrets({ container, args: ["1"] } as unknown as Parameters<typeof reEncryptSecrets>[0])

      const after = await storedValues()
      expect(after).toHaveLength(4)
      expect(after.every((value) => value.startsWith("v2.2026-12."))).toBe(true)
      const newOnly = new SecretBox([NEW_KEY])
      expect(after.map((value) => newOnly.open(value)).sort()).toEqual(
        [namedOld.secret, legacyOld.secret, "sk_test_oauth_access_token", "rt_oauth_refresh_token"].sort()
      )

      // A second run rewrites nothing.
      const report = await service.reEncryptSecrets()
      expect(report.columns.map((column) => column.rewritten)).toEqual([0, 0, 0])
      expect(await storedValues()).toEqual(after)

      // Deliveries still verify, and the old key can now be dropped: start-up with the new key alone passes.
      for (const stored of [namedOld, legacyOld]) {
        expect((await deliverOwnEvent(stored)).status).toBe(200)
      }
      await expect(loadModuleWith([NEW_KEY])).resolves.toBeUndefined()
      expect(await service.findUnreadableSecrets()).toEqual([])
    })
  },
})

function endpointRow(accountId: string, sealed: string) {
  return {
    stripe_endpoint_id: `we_rotation_${accountId}`,
    account_id: accountId,
    url: `http://localhost/hooks/stripe-connect/accounts/${accountId}`,
    secret_sealed: sealed,
  }
}
