import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assignStripeConnectRoleWorkflow } from "../workflows/roles"

/**
 * `npx medusa exec <path to this script> admin@shop.com`: gives the existing admin user with that email the
 * plugin's `super_admin` role for every merchant, the first grant of a store (README "Installing into a store").
 * The email may come from STRIPE_CONNECT_SUPER_ADMIN_EMAIL instead. Running it again changes nothing.
 */
export default async function grantSuperAdmin({ container, args }: ExecArgs): Promise<void> {
  const email = (args?.[0] ?? process.env.STRIPE_CONNECT_SUPER_ADMIN_EMAIL ?? "").trim()
  if (!email) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "Name the admin user: medusa exec <script> admin@shop.com (or STRIPE_CONNECT_SUPER_ADMIN_EMAIL)"
    )
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: users } = await query.graph({ entity: "user", fields: ["id"], filters: { email } })
  if (!users.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `No admin user with email ${email}; create one first (npx medusa user -e ${email} -p <password>)`
    )
  }
  await assignStripeConnectRoleWorkflow(container).run({
    input: { actor_id: users[0].id, actor_type: "user", role: "super_admin", merchant_ids: null, granted_by: null },
  })
  container.resolve(ContainerRegistrationKeys.LOGGER).info(`${email} is now a Stripe Connect super_admin`)
}
