import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { dailyWindow } from "../../../../modules/stripe-connect/reports"
import { type OverviewDocument } from "../../../../shared/types/reports"
import { getAccessScope } from "../../../utils/access-scope"
import type { AdminGetOverviewParamsType } from "./validators"

/**
 * Daily totals per currency for the last `days` UTC days (gross volume, platform fees, refunds, payouts), from
 * the payments, refunds and payouts the plugin stores; a merchant-scoped caller sees only its merchants' figures.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetOverviewParamsType>,
  res: MedusaResponse<OverviewDocument>
) => {
  const { days } = req.validatedQuery
  const window = dailyWindow(days, new Date())
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const data = await service.listDailyTotals(window, { merchantIds: getAccessScope(req).merchantIds })
  res.json({
    days,
    from: window.dates[0],
    to: window.dates[window.dates.length - 1],
    data,
  })
}
