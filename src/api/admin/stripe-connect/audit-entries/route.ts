import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import type { AuditEntryDocument } from "../../../../shared/types/audit"
import { getAccessScope } from "../../../utils/access-scope"
import type { AdminGetAuditEntriesParamsType } from "./validators"
import { toAuditEntryDocument } from "./serializers"

type AuditEntryList = { data: AuditEntryDocument[]; count: number; offset: number; limit: number }

/**
 * List audit entries (docs/api.md#list-audit-entries): the money actions recorded, newest first. A merchant-scoped
 * caller sees the entries of its merchants only (platform-wide actions such as fee and role changes have none).
 * There is no route to change or delete an entry.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetAuditEntriesParamsType>,
  res: MedusaResponse<AuditEntryList>
) => {
  const { limit, offset, ...filters } = req.validatedQuery
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const [rows, count] = await service.listAndCountAuditEntries(
    { ...filters, merchant_ids: getAccessScope(req).merchantIds },
    { skip: offset, take: limit }
  )
  res.json({ data: rows.map(toAuditEntryDocument), count, offset, limit })
}
