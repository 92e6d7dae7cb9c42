import type { StripeConnectHealthResponse } from "../../shared/types/health"
import { useApiQuery, type ReadOptions } from "./api-query"

/** How often the overview refreshes the plugin's health while it is open. */
const REFRESH_MS = 30_000

/** `GET /admin/stripe-connect/health`, refreshed every 30 seconds. */
export const useHealth = (options: ReadOptions = {}) =>
  useApiQuery<StripeConnectHealthResponse>(["stripe-connect", "health"], "/admin/stripe-connect/health", {
    ...options,
    refetchInterval: REFRESH_MS,
  })
