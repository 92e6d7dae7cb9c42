import { z } from "@medusajs/framework/zod"
import { INTEGRATION_STATUSES, STRIPE_MODES } from "../../../../shared/types/accounts"
import { listParams } from "../../../utils/list-params"

/** Create integration (docs/api.md#create-integration): a placeholder before OAuth. */
export const AdminCreateStripeIntegration = z
  .object({
    name: z.string().trim().min(1).max(255),
    mode: z.enum(STRIPE_MODES).optional(),
    merchant_id: z.string().min(1).max(255).nullable().optional(),
  })
  .strict()
export type AdminCreateStripeIntegrationType = z.infer<typeof AdminCreateStripeIntegration>

export const AdminGetStripeIntegrationsParams = listParams(20, {
  merchant_id: z.union([z.string().min(1).max(255), z.array(z.string().min(1).max(255)).max(100)]).optional(),
  status: z.union([z.enum(INTEGRATION_STATUSES), z.array(z.enum(INTEGRATION_STATUSES))]).optional(),
})
export type AdminGetStripeIntegrationsParamsType = z.infer<typeof AdminGetStripeIntegrationsParams>

/** Authorize and disconnect take no body. */
export const AdminEmptyIntegrationAction = z.object({}).strict()
