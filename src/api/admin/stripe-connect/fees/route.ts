import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { toFeeConfigurationResponse, updateFeeConfigurationWorkflow } from "../../../../workflows/fees"
import type { FeeConfigurationResponse } from "../../../../shared/types/fees"
import { visibleOverrides } from "./helpers"
import type { AdminFeeConfigurationParamsType, AdminUpdateFeeConfigurationType } from "./validators"
import { withAuditEntry } from "../../../utils/audit/with-audit-entry"
import { getAccessScope } from "../../../utils/access-scope"

/**
 * Get fee configuration (docs/api.md#get-fee-configuration). With `?currency=`, the document in force for that currency
 * (its own, or the platform-wide one; `currency` in the answer says which). A merchant-scoped caller sees only its own
 * merchants' overrides.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminFeeConfigurationParamsType>,
  res: MedusaResponse<FeeConfigurationResponse>
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const { configuration } = await service.retrieveFeeBasis({
    currency: req.validatedQuery.currency ?? null,
    volume_at: null,
  })
  res.json(visibleOverrides(req, toFeeConfigurationResponse(configuration)))
}

/**
 * Update fee configuration (docs/api.md#update-fee-configuration): replaces the document (of `?currency=`, or the
 * platform-wide one). A caller limited to some merchants changes only their overrides and sees only them.
 */
export const PUT = async (
  req: AuthenticatedMedusaRequest<AdminUpdateFeeConfigurationType, AdminFeeConfigurationParamsType>,
  res: MedusaResponse<FeeConfigurationResponse>
) => {
  const update = updateFeeConfigurationWorkflow(req.scope).run({
    input: {
      currency: req.validatedQuery.currency ?? null,
      document: req.validatedBody,
      actor_id: req.auth_context.actor_id,
      actor_type: req.auth_context.actor_type,
      merchant_ids: getAccessScope(req).merchantIds,
    },
  })
  const { result } = await withAuditEntry(
    req,
    {
      action: "fee_configuration.update",
      resource_type: "fee_configuration",
      currency: req.validatedQuery.currency?.toLowerCase() ?? null,
    },
    update,
    ({ result }) => ({ resource_id: result.configuration.id })
  )
  res.json(visibleOverrides(req, toFeeConfigurationResponse(result.configuration)))
}

/** The same as PUT, for clients that cannot send PUT. */
export const POST = PUT
