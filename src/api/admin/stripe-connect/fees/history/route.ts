import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../../modules/stripe-connect/service"
import type { FeeConfigurationChangeRow } from "../../../../../modules/stripe-connect/types"
import { ALL_CURRENCIES } from "../../../../../modules/stripe-connect/fees"
import type { FeeAuditEntryResponse } from "../../../../../shared/types/fees"
import { merchantScopeFilter } from "../../../../utils/access-scope"
import { visibleOverrides } from "../helpers"
import type { AdminGetFeeConfigurationHistoryParamsType } from "../validators"
import { listPage, listBody, type ListBody } from "../../../../utils/list-params"

type HistoryList = ListBody<FeeAuditEntryResponse>

/**
 * The fee audit, newest first (docs/api.md#list-fee-configuration-changes): changes of the fee configuration by
 * default, payments whose fee a caller set with `?kind=payment_override`, both with `?kind=all`; `?currency=`
 * narrows to one scope (`*`: platform-wide).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetFeeConfigurationHistoryParamsType>,
  res: MedusaResponse<HistoryList>
) => {
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const page = listPage(req)
  const { currency, kind } = req.validatedQuery
  const [changes, count] = await service.listAndCountFeeConfigurationChanges(
    {
      ...(currency ? { currency_code: currency } : {}),
      ...(kind === "all" ? {} : { kind }),
      ...overridesInScope(req),
    },
    { ...page, order: { created_at: "DESC", id: "DESC" } }
  )
  res.json(
    listBody(
      changes.map((change) => toFeeAuditEntry(req, change)),
      count,
      page
    )
  )
}

/**
 * Payment overrides name a merchant's payment: a merchant-scoped caller sees only its merchants' (configuration
 * changes are platform-wide and stay visible, with the overrides of other merchants left out of them).
 */
function overridesInScope(req: MedusaRequest) {
  const scope = merchantScopeFilter(req)
  if (scope && !scope.merchant_id) {
    return {}
  }
  return {
    $or: [{ kind: "configuration" }, { kind: "payment_override", merchant_id: scope?.merchant_id ?? [] }],
  }
}

function toFeeAuditEntry(req: MedusaRequest, change: FeeConfigurationChangeRow): FeeAuditEntryResponse {
  const common = {
    id: change.id,
    actor_id: change.actor_id,
    actor_type: change.actor_type,
    created_at: new Date(change.created_at).toISOString(),
  }
  if (change.kind === "payment_override") {
    return {
      ...common,
      kind: "payment_override",
      currency: change.currency_code,
      payment_intent_id: change.payment_intent_id ?? "",
      account_id: change.stripe_account_id ?? "",
      merchant_id: change.merchant_id ?? "",
      amount: change.amount ?? 0,
      application_fee_amount: change.application_fee_amount ?? 0,
      configured_fee: change.configured_fee ?? 0,
      request_id: change.request_id,
    }
  }
  return {
    ...common,
    kind: "configuration",
    currency: change.currency_code === ALL_CURRENCIES ? null : change.currency_code,
    before: change.before ? visibleOverrides(req, change.before) : change.before,
    after: visibleOverrides(req, change.after as NonNullable<typeof change.after>),
  }
}
