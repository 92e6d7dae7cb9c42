import { orderMoneyTrailKeys } from "../lib/query-keys"
import type { MoneyTrailResponse } from "../lib/types"
import { useApiQuery, type ReadOptions } from "./api-query"

/** The order's money trail (docs/api.md#order-money-trail): charge → fee → transfers → payout → arrived. */
export const useOrderMoneyTrail = (orderId: string, options: ReadOptions = {}) =>
  useApiQuery<MoneyTrailResponse>(
    orderMoneyTrailKeys.detail(orderId),
    `/admin/orders/${orderId}/stripe-money-trail`,
    options
  )
