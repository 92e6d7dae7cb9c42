import { api, type QueryParams } from "../lib/api"
import { integrationKeys } from "../lib/query-keys"
import type { IntegrationResponse } from "../lib/types"
import { useApiMutation, useListQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/integrations"

export const useIntegrations = (query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<IntegrationResponse>(integrationKeys.list(query), BASE, query, options)

export const useCreateIntegration = () =>
  useApiMutation(
    (body: { name: string; merchant_id?: string | null }) =>
      api<{ integration: IntegrationResponse }>(BASE, { method: "POST", body }),
    [integrationKeys.all]
  )

export const useAuthorizeIntegration = () =>
  useApiMutation((id: string) =>
    api<{ authorize_url: string; expires_at: string }>(`${BASE}/${id}/authorize`, { method: "POST", body: {} })
  )

export const useDisconnectIntegration = () =>
  useApiMutation(
    (id: string) => api<{ integration: IntegrationResponse }>(`${BASE}/${id}/disconnect`, { method: "POST", body: {} }),
    [integrationKeys.all]
  )
