import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { STRIPE_CONNECT_ROLES } from "../../../../types/roles"

export const AdminAssignStripeConnectRole = z
  .object({
    actor_id: z.string().min(1),
    actor_type: z.enum(["user", "api-key"]).default("user"),
    role: z.enum(STRIPE_CONNECT_ROLES),
    merchant_ids: z.array(z.string().min(1)).min(1).nullable().default(null),
  })
  .strict()
export type AdminAssignStripeConnectRoleType = z.infer<typeof AdminAssignStripeConnectRole>

export const AdminGetStripeConnectRolesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({
    actor_id: z.string().optional(),
    role: z.enum(STRIPE_CONNECT_ROLES).optional(),
  })
)
export type AdminGetStripeConnectRolesParamsType = z.infer<typeof AdminGetStripeConnectRolesParams>
