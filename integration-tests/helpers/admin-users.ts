import jwt from "jsonwebtoken"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_CONNECT_MODULE } from "../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../src/modules/stripe-connect/service"
import type { StripeConnectRole } from "../../src/types/roles"

export type TestAdmin = { userId: string; headers: { authorization: string } }

const JWT_SECRET = "supersecret"

/**
 * Creates an admin user with an auth identity and returns bearer headers for it, the way Medusa's own
 * integration tests do. `roles` become plugin role assignments; without `roles` the user is a `super_admin` for
 * every merchant (the plugin gives nothing without a grant), and `roles: []` makes a user without any grant.
 */
export async function createAdminUser(
  container: MedusaContainer,
  options: { email?: string; roles?: { role: StripeConnectRole; merchant_ids?: string[] | null }[] } = {}
): Promise<TestAdmin> {
  const email = options.email ?? `admin-${Math.random().toString(36).slice(2)}@example.com`
  const userModule = container.resolve(Modules.USER)
  const authModule = container.resolve(Modules.AUTH)
  const user = await userModule.createUsers({ email })
  const authIdentity = await authModule.createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { user_id: user.id },
  })

  const roles = options.roles ?? [{ role: "super_admin" as const }]
  if (roles.length) {
    const stripeConnect = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await stripeConnect.createRoleAssignments(
      roles.map(({ role, merchant_ids }) => ({
        actor_id: user.id,
        actor_type: "user" as const,
        role,
        merchant_ids: merchant_ids ?? null,
      }))
    )
  }

  const token = jwt.sign(
    { actor_id: user.id, actor_type: "user", auth_identity_id: authIdentity.id, app_metadata: { user_id: user.id } },
    JWT_SECRET,
    { expiresIn: "1d" }
  )
  return { userId: user.id, headers: { authorization: `Bearer ${token}` } }
}

export type TestApiKey = { apiKeyId: string; headers: { authorization: string } }

/**
 * Creates a secret API key (as the core admin does for a terminal or an integration) and returns HTTP Basic headers
 * for it. `roles` become plugin role assignments of the key; without them it has none.
 */
export async function createSecretApiKey(
  container: MedusaContainer,
  options: { roles?: { role: StripeConnectRole; merchant_ids?: string[] | null }[] } = {}
): Promise<TestApiKey> {
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: `Terminal ${Math.random().toString(36).slice(2)}`, type: "secret", created_by: "" }] },
  })
  if (options.roles?.length) {
    const stripeConnect = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await stripeConnect.createRoleAssignments(
      options.roles.map(({ role, merchant_ids }) => ({
        actor_id: key.id,
        actor_type: "api-key" as const,
        role,
        merchant_ids: merchant_ids ?? null,
      }))
    )
  }
  return { apiKeyId: key.id, headers: { authorization: `Basic ${Buffer.from(`${key.token}:`).toString("base64")}` } }
}

/** A logged-in store customer's bearer headers (a storefront session, never an admin one). */
export async function createCustomerHeaders(container: MedusaContainer): Promise<{ authorization: string }> {
  const email = `customer-${Math.random().toString(36).slice(2)}@example.com`
  const customer = await container.resolve(Modules.CUSTOMER).createCustomers({ email, has_account: true })
  const authIdentity = await container.resolve(Modules.AUTH).createAuthIdentities({
    provider_identities: [{ provider: "emailpass", entity_id: email }],
    app_metadata: { customer_id: customer.id },
  })
  const token = jwt.sign(
    {
      actor_id: customer.id,
      actor_type: "customer",
      auth_identity_id: authIdentity.id,
      app_metadata: { customer_id: customer.id },
    },
    JWT_SECRET,
    { expiresIn: "1d" }
  )
  return { authorization: `Bearer ${token}` }
}
