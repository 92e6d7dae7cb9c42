import { model } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_ROLES } from "../../../types/roles"

/**
 * A role given to an admin user (or a secret API key) for the plugin's routes. `merchant_ids` null means
 * every merchant; a list limits what the holder sees and touches to those merchants.
 */
const RoleAssignment = model
  .define("stripe_connect_role_assignment", {
    id: model.id({ prefix: "scrole" }).primaryKey(),
    actor_id: model.text().searchable(),
    actor_type: model.enum(["user", "api-key"]).default("user"),
    role: model.enum([...STRIPE_CONNECT_ROLES]),
    merchant_ids: model.array().nullable(),
    granted_by: model.text().nullable(),
  })
  .indexes([
    {
      name: "IDX_stripe_connect_role_assignment_actor_role",
      on: ["actor_id", "role"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default RoleAssignment
