import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import { integrationKeys } from "../lib/query-keys"
import type { IntegrationResponse, ListResponse } from "../lib/types"

const BASE = "/admin/stripe-connect/integrations"

export const useIntegrations = (query: QueryParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: integrationKeys.list(query),
    queryFn: () => api<ListResponse<IntegrationResponse>>(BASE, { query }),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  })

export const useCreateIntegration = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { name: string; merchant_id?: string | null }) =>
      api<{ integration: IntegrationResponse }>(BASE, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.all }),
  })
}

export const useAuthorizeIntegration = () =>
  useMutation({
    mutationFn: (id: string) =>
      api<{ authorize_url: string; expires_at: string }>(`${BASE}/${id}/authorize`, { method: "POST", body: {} }),
  })

export const useDisconnectIntegration = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      api<{ integration: IntegrationResponse }>(`${BASE}/${id}/disconnect`, { method: "POST", body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: integrationKeys.all }),
  })
}
