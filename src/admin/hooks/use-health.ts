import { useQuery } from "@tanstack/react-query"
import { api } from "../lib/api"
import type { StripeConnectHealthResponse } from "../../shared/types/health"

/** How often the overview refreshes the plugin's health while it is open. */
const REFRESH_MS = 30_000

/** `GET /admin/stripe-connect/health`, refreshed every 30 seconds. */
export const useHealth = (options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ["stripe-connect", "health"],
    queryFn: () => api<StripeConnectHealthResponse>("/admin/stripe-connect/health"),
    refetchInterval: REFRESH_MS,
    enabled: options.enabled ?? true,
  })
