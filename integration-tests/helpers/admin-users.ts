import jwt from "jsonwebtoken"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../src/modules/stripe-connect"
import type StripeConnectModuleService from "../../src/modules/stripe-connect/service"
import type { StripeConnectRole } from "../../src/types/roles"

export type TestAdmin = { userId: string; headers: { authorization: string } }

const JWT_SECRET = "supersecret"

/**
 * Creates an admin user with an auth identity and returns bearer headers for it, the way Medusa's own
 * integration tests do. `roles` become plugin role assignments; leave it out for a user with none.
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

  if (options.roles?.length) {
    const stripeConnect = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await stripeConnect.createRoleAssignments(
      options.roles.map(({ role, merchant_ids }) => ({
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
