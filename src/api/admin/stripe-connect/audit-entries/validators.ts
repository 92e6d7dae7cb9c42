import { z } from "@medusajs/framework/zod"
import { pagingParams } from "../../../utils/list-params"
import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES } from "../../../../shared/types/audit"

const id = (field: string) =>
  z
    .string()
    .min(1, `${field}: must not be empty`)
    .max(255, `${field}: at most 255 characters`)
    .refine((value) => !value.includes("\u0000"), `${field}: must not contain NUL characters`)

/**
 * List audit entries (docs/api.md#list-audit-entries): newest first, each filter one value; `limit` 1-100 (a 400
 * above). `merchant_id` is the merchant the action concerned, `account_id` its Stripe account (`acct_...`).
 */
export const AdminGetAuditEntriesParams = z
  .object({
    ...pagingParams(20),
    resource_type: z
      .enum(AUDIT_RESOURCE_TYPES, `resource_type: must be one of ${AUDIT_RESOURCE_TYPES.join(", ")}`)
      .optional(),
    resource_id: id("resource_id").optional(),
    merchant_id: id("merchant_id").optional(),
    account_id: id("account_id").optional(),
    actor_id: id("actor_id").optional(),
    action: z.enum(AUDIT_ACTIONS, `action: must be one of ${AUDIT_ACTIONS.join(", ")}`).optional(),
  })
  .strict()
export type AdminGetAuditEntriesParamsType = z.infer<typeof AdminGetAuditEntriesParams>
