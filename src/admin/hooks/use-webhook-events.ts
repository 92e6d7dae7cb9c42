import { api, type QueryParams } from "../lib/api"
import { webhookEventKeys } from "../lib/query-keys"
import type { WebhookEventResponse } from "../lib/types"
import { useApiMutation, useApiQuery, useListQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/webhook-events"

export const useWebhookEvents = (query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<WebhookEventResponse, { count_is_lower_bound: boolean }>(
    webhookEventKeys.list(query),
    BASE,
    query,
    options
  )

export const useWebhookEvent = (id: string, includePayload: boolean) =>
  useApiQuery<{ webhook_event: WebhookEventResponse }>(
    webhookEventKeys.detail(id, { include_payload: includePayload ? "1" : "0" }),
    `${BASE}/${id}`,
    { query: includePayload ? { include_payload: "1" } : {} }
  )

export const useReplayWebhookEvent = () =>
  useApiMutation(
    (id: string) => api<{ webhook_event: WebhookEventResponse }>(`${BASE}/${id}/replay`, { method: "POST", body: {} }),
    [webhookEventKeys.all]
  )

export type RecoverResult = {
  since: string
  scanned: number
  accounts: number
  recovered: unknown[]
  errors: { account: string; message: string }[]
}

export const useRecoverWebhookEvents = () =>
  useApiMutation(
    (body: { since?: string; account?: string }) => api<RecoverResult>(`${BASE}/recover`, { method: "POST", body }),
    [webhookEventKeys.all]
  )
