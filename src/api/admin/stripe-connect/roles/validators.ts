import { z } from "@medusajs/framework/zod"
import { STRIPE_CONNECT_ROLES } from "../../../../types/roles"
import { listParams } from "../../../utils/list-params"

export const AdminAssignStripeConnectRole = z
  .object({
    actor_id: z.string().min(1).max(255),
    actor_type: z.enum(["user", "api-key"]).default("user"),
    role: z.enum(STRIPE_CONNECT_ROLES),
    merchant_ids: z.array(z.string().min(1).max(255)).min(1).max(100).nullable().default(null),
  })
  .strict()
export type AdminAssignStripeConnectRoleType = z.infer<typeof AdminAssignStripeConnectRole>

export const AdminGetStripeConnectRolesParams = listParams(50, {
  actor_id: z.string().max(255).optional(),
  role: z.enum(STRIPE_CONNECT_ROLES).optional(),
})
export type AdminGetStripeConnectRolesParamsType = z.infer<typeof AdminGetStripeConnectRolesParams>
