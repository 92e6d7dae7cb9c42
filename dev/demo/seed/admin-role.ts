import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { assignStripeConnectRoleWorkflow } from "../../../src/workflows"
import { DEMO_ADMIN_EMAIL } from "./constants"
import type { DemoSeedPart } from "./types"

/**
 * Gives the demo admin (made by `medusa user` before the seed runs) the plugin's `super_admin` role. The
 * assign workflow upserts, so repeating it changes nothing.
 */
export const adminRolePart: DemoSeedPart = {
  name: "admin-role",
  run: async (container, state) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: users } = await query.graph({
      entity: "user",
      fields: ["id"],
      filters: { email: DEMO_ADMIN_EMAIL },
    })
    if (!users.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `No admin user ${DEMO_ADMIN_EMAIL}; dev/demo/start.mjs creates it with \`medusa user\` before seeding`
      )
    }
    state.adminUserId = users[0].id
    await assignStripeConnectRoleWorkflow(container).run({
      input: {
        actor_id: users[0].id,
        actor_type: "user",
        role: "super_admin",
        merchant_ids: null,
        granted_by: null,
      },
    })
  },
}
