import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { feeKeys } from "../lib/query-keys"
import type { FeeConfigurationDocument, FeeConfigurationResponse, FeePreviewResponse } from "../lib/types"

const BASE = "/admin/stripe-connect/fees"

export const useFeeConfiguration = (currency: string | null, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: feeKeys.detail(currency ?? "*"),
    queryFn: () => api<FeeConfigurationResponse>(BASE, { query: { currency } }),
    enabled: options.enabled ?? true,
  })

export const useUpdateFeeConfiguration = (currency: string | null) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (document: FeeConfigurationDocument) =>
      api<FeeConfigurationResponse>(BASE, { method: "PUT", body: document, query: { currency } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feeKeys.all }),
  })
}

export type FeeHistoryEntry = {
  id: string
  currency: string | null
  actor_id: string
  before: FeeConfigurationDocument | null
  after: FeeConfigurationDocument
  created_at: string
}

export const useFeeHistory = (options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: feeKeys.list({ history: "1" }),
    queryFn: () =>
      api<{ data: FeeHistoryEntry[]; count: number }>(`${BASE}/history`, { query: { currency: "*", limit: 10 } }),
    enabled: options.enabled ?? true,
  })

export const usePreviewFee = () =>
  useMutation({
    mutationFn: (body: { amount: number; currency: string; merchant_id?: string; account_id?: string }) =>
      api<FeePreviewResponse>(`${BASE}/preview`, { method: "POST", body }),
  })
