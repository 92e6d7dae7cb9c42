import { useQuery } from "@tanstack/react-query"
import { api } from "../lib/api"
import { meKeys } from "../lib/query-keys"
import type { MeResponse } from "../lib/types"

/** The caller's plugin roles, the routes they may call ("METHOD /path") and their capabilities. */
export const useStripeConnectMe = () =>
  useQuery({
    queryKey: meKeys.all,
    queryFn: () => api<MeResponse>("/admin/stripe-connect/me"),
    staleTime: 60_000,
  })

/**
 * `can("POST /admin/stripe-connect/fees")`: whether the caller's roles allow a route (keys as in the policy
 * table, with `:params`). While the roles load, nothing is allowed, so no button flashes up and disappears.
 */
export const usePermissions = () => {
  const { data, isLoading } = useStripeConnectMe()
  const permissions = new Set(data?.permissions ?? [])
  const capabilities = new Set(data?.capabilities ?? [])
  return {
    isLoading,
    me: data,
    can: (key: string) => permissions.has(key),
    hasCapability: (name: string) => capabilities.has(name),
  }
}
