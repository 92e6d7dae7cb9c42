import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { accountKeys, balanceKeys, payoutKeys } from "../lib/query-keys"
import type { PayoutDocument, PayoutScheduleDocument } from "../lib/types"

const base = (accountId: string) => `/admin/stripe-connect/accounts/${accountId}/payouts`

export const usePayoutSchedule = (accountId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: payoutKeys.detail(accountId, { schedule: "1" }),
    queryFn: () => api<PayoutScheduleDocument>(`${base(accountId)}/schedule`),
    enabled: options.enabled ?? true,
  })

export const usePayouts = (accountId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: payoutKeys.list({ account_id: accountId }),
    queryFn: () => api<{ data: PayoutDocument[]; has_more: boolean }>(base(accountId), { query: { limit: 10 } }),
    enabled: options.enabled ?? true,
  })

export type PayoutScheduleInput = {
  interval: string
  delay_days?: number | "minimum"
  weekly_anchor?: string
  monthly_anchor?: number
}

export const useUpdatePayoutSchedule = (accountId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: PayoutScheduleInput) =>
      api<PayoutScheduleDocument>(`${base(accountId)}/schedule`, { method: "PUT", body }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: payoutKeys.all }),
        queryClient.invalidateQueries({ queryKey: accountKeys.detail(accountId) }),
      ]),
  })
}

export type CreatePayoutInput = { amount: number; currency: string; method: "standard" | "instant" }

/** A manual payout from the account's available balance to its bank; the balance and payouts are read again. */
export const useCreatePayout = (accountId: string) => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ idempotencyKey, ...body }: CreatePayoutInput & { idempotencyKey: string }) =>
      api<PayoutDocument>(base(accountId), { method: "POST", body, idempotencyKey }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: payoutKeys.all }),
        queryClient.invalidateQueries({ queryKey: balanceKeys.detail(accountId) }),
      ]),
  })
}
