import type { OverviewDocument } from "../lib/daily-series"
import { queryKeysFactory } from "../lib/query-keys"
import { useApiQuery, type ReadOptions } from "./api-query"

export const overviewKeys = queryKeysFactory("overview")

/** Daily totals per currency for the last `days` UTC days (gross volume, platform fees, refunds, payouts). */
export const useOverview = (days: number, options: ReadOptions = {}) =>
  useApiQuery<OverviewDocument>(overviewKeys.detail("daily", { days }), "/admin/stripe-connect/overview", {
    ...options,
    query: { days },
  })
