import { api } from "../lib/api"
import { feeKeys } from "../lib/query-keys"
import type { FeeConfigurationDocument, FeeConfigurationResponse, FeePreviewResponse } from "../lib/types"
import { useApiMutation, useApiQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/fees"

export const useFeeConfiguration = (currency: string | null, options: ReadOptions = {}) =>
  useApiQuery<FeeConfigurationResponse>(feeKeys.detail(currency ?? "*"), BASE, { ...options, query: { currency } })

export const useUpdateFeeConfiguration = (currency: string | null) =>
  useApiMutation(
    (document: FeeConfigurationDocument) =>
      api<FeeConfigurationResponse>(BASE, { method: "PUT", body: document, query: { currency } }),
    [feeKeys.all]
  )

export type FeeHistoryEntry = {
  id: string
  currency: string | null
  actor_id: string
  before: FeeConfigurationDocument | null
  after: FeeConfigurationDocument
  created_at: string
}

export const useFeeHistory = (options: ReadOptions = {}) =>
  useApiQuery<{ data: FeeHistoryEntry[]; count: number }>(feeKeys.list({ history: "1" }), `${BASE}/history`, {
    ...options,
    query: { currency: "*", limit: 10 },
  })

export const usePreviewFee = () =>
  useApiMutation((body: { amount: number; currency: string; merchant_id?: string; account_id?: string }) =>
    api<FeePreviewResponse>(`${BASE}/preview`, { method: "POST", body })
  )
