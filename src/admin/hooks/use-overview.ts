import { useQuery } from "@tanstack/react-query"
import { api } from "../lib/api"
import type { OverviewDocument } from "../lib/daily-series"
import { queryKeysFactory } from "../lib/query-keys"

export const overviewKeys = queryKeysFactory("overview")

/** Daily totals per currency for the last `days` UTC days (gross volume, platform fees, refunds, payouts). */
export const useOverview = (days: number, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: overviewKeys.detail("daily", { days }),
    queryFn: () => api<OverviewDocument>("/admin/stripe-connect/overview", { query: { days } }),
    enabled: options.enabled ?? true,
  })
