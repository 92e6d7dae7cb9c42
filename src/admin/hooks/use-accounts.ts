import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import { accountKeys } from "../lib/query-keys"
import type {
  AccountDetail,
  ConnectedAccountStatusDocument,
  CreateConnectedAccountResponse,
  LinkResponse,
  ListResponse,
} from "../lib/types"

const BASE = "/admin/stripe-connect/accounts"

export const useConnectedAccounts = (query: QueryParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: accountKeys.list(query),
    queryFn: () => api<ListResponse<ConnectedAccountStatusDocument>>(BASE, { query }),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  })

export const useConnectedAccount = (accountId: string) =>
  useQuery({
    queryKey: accountKeys.detail(accountId),
    queryFn: () => api<AccountDetail>(`${BASE}/${accountId}`),
  })

export type CreateConnectedAccountInput = {
  merchant_id: string
  account_type: string
  country?: string
  email?: string
  business_type?: string
  business_profile?: { name?: string; url?: string; mcc?: string; product_description?: string }
}

export const useCreateConnectedAccount = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: CreateConnectedAccountInput) =>
      api<CreateConnectedAccountResponse>(BASE, { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.all }),
  })
}

export const useCreateOnboardingLink = (accountId: string) =>
  useMutation({
    mutationFn: (type: "account_onboarding" | "account_update" = "account_onboarding") =>
      api<LinkResponse>(`${BASE}/${accountId}/onboarding-link`, { method: "POST", body: { type } }),
  })

export const useCreateDashboardLink = (accountId: string) =>
  useMutation({
    mutationFn: () => api<LinkResponse>(`${BASE}/${accountId}/dashboard-link`, { method: "POST", body: {} }),
  })

export const useUpdateAccountSalesChannels = (accountId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { add?: string[]; remove?: string[] }) =>
      api<{ account_id: string; sales_channel_ids: string[] }>(`${BASE}/${accountId}/sales-channels`, {
        method: "POST",
        body,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
  })
}
