import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import { ALL_CURRENCIES } from "../../../../../workflows/fees"
import type { FeeConfigurationChangeResponse } from "../../../../../shared/types/fees"
import { visibleOverrides } from "../helpers"
import type { AdminGetFeeConfigurationHistoryParamsType } from "../validators"

type HistoryList = { data: FeeConfigurationChangeResponse[]; count: number; offset: number; limit: number }

/** Every kept change of the fee configuration, newest first; `?currency=` narrows to one scope (`*`: platform-wide). */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetFeeConfigurationHistoryParamsType>,
  res: MedusaResponse<HistoryList>
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const { skip = 0, take = 20 } = req.queryConfig.pagination
  const { currency } = req.validatedQuery
  const [changes, count] = await service.listAndCountFeeConfigurationChanges(
    currency ? { currency_code: currency } : {},
    { skip, take, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json({
    data: changes.map((change) => ({
      id: change.id,
      currency: change.currency_code === ALL_CURRENCIES ? null : change.currency_code,
      actor_id: change.actor_id,
      actor_type: change.actor_type,
      before: change.before ? visibleOverrides(req, change.before) : change.before,
      after: change.after ? visibleOverrides(req, change.after) : change.after,
      created_at: new Date(change.created_at).toISOString(),
    })),
    count,
    offset: skip,
    limit: take,
  })
}
