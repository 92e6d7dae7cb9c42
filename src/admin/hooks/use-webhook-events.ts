import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import { webhookEventKeys } from "../lib/query-keys"
import type { ListResponse, WebhookEventResponse } from "../lib/types"

const BASE = "/admin/stripe-connect/webhook-events"

export const useWebhookEvents = (query: QueryParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: webhookEventKeys.list(query),
    queryFn: () => api<ListResponse<WebhookEventResponse> & { count_is_lower_bound: boolean }>(BASE, { query }),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  })

export const useWebhookEvent = (id: string, includePayload: boolean) =>
  useQuery({
    queryKey: webhookEventKeys.detail(id, { include_payload: includePayload ? "1" : "0" }),
    queryFn: () =>
      api<{ webhook_event: WebhookEventResponse }>(`${BASE}/${id}`, {
        query: includePayload ? { include_payload: "1" } : {},
      }),
  })

export const useReplayWebhookEvent = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) =>
      api<{ webhook_event: WebhookEventResponse }>(`${BASE}/${id}/replay`, { method: "POST", body: {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookEventKeys.all }),
  })
}

export type RecoverResult = {
  since: string
  scanned: number
  accounts: number
  recovered: unknown[]
  errors: { account: string; message: string }[]
}

export const useRecoverWebhookEvents = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { since?: string; account?: string }) =>
      api<RecoverResult>(`${BASE}/recover`, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: webhookEventKeys.all }),
  })
}
