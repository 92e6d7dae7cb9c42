import { api, type QueryParams } from "../lib/api"
import { accountKeys } from "../lib/query-keys"
import type {
  AccountDetail,
  ConnectedAccountStatusDocument,
  CreateConnectedAccountResponse,
  LinkResponse,
} from "../lib/types"
import { useApiMutation, useApiQuery, useListQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/accounts"

export const useConnectedAccounts = (query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<ConnectedAccountStatusDocument>(accountKeys.list(query), BASE, query, options)

export const useConnectedAccount = (accountId: string) =>
  useApiQuery<AccountDetail>(accountKeys.detail(accountId), `${BASE}/${accountId}`)

export type CreateConnectedAccountInput = {
  merchant_id: string
  account_type: string
  country?: string
  email?: string
  business_type?: string
  business_profile?: { name?: string; url?: string; mcc?: string; product_description?: string }
}

export const useCreateConnectedAccount = () =>
  useApiMutation(
    (body: CreateConnectedAccountInput) => api<CreateConnectedAccountResponse>(BASE, { method: "POST", body }),
    [accountKeys.all]
  )

export const useCreateOnboardingLink = (accountId: string) =>
  useApiMutation((type: "account_onboarding" | "account_update" = "account_onboarding") =>
    api<LinkResponse>(`${BASE}/${accountId}/onboarding-link`, { method: "POST", body: { type } })
  )

export const useCreateDashboardLink = (accountId: string) =>
  useApiMutation(() => api<LinkResponse>(`${BASE}/${accountId}/dashboard-link`, { method: "POST", body: {} }))

export const useUpdateAccountSalesChannels = (accountId: string) =>
  useApiMutation(
    (body: { add?: string[]; remove?: string[] }) =>
      api<{ account_id: string; sales_channel_ids: string[] }>(`${BASE}/${accountId}/sales-channels`, {
        method: "POST",
        body,
      }),
    [accountKeys.detail(accountId)]
  )
