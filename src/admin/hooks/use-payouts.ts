import { api } from "../lib/api"
import { accountKeys, balanceKeys, payoutKeys } from "../lib/query-keys"
import type { PayoutDocument, PayoutScheduleDocument } from "../lib/types"
import { useApiMutation, useApiQuery, type ReadOptions } from "./api-query"

const base = (accountId: string) => `/admin/stripe-connect/accounts/${accountId}/payouts`

export const usePayoutSchedule = (accountId: string, options: ReadOptions = {}) =>
  useApiQuery<PayoutScheduleDocument>(
    payoutKeys.detail(accountId, { schedule: "1" }),
    `${base(accountId)}/schedule`,
    options
  )

export const usePayouts = (accountId: string, options: ReadOptions = {}) =>
  useApiQuery<{ data: PayoutDocument[]; has_more: boolean }>(
    payoutKeys.list({ account_id: accountId }),
    base(accountId),
    { ...options, query: { limit: 10 } }
  )

export type PayoutScheduleInput = {
  interval: string
  delay_days?: number | "minimum"
  weekly_anchor?: string
  monthly_anchor?: number
}

export const useUpdatePayoutSchedule = (accountId: string) =>
  useApiMutation(
    (body: PayoutScheduleInput) => api<PayoutScheduleDocument>(`${base(accountId)}/schedule`, { method: "PUT", body }),
    [payoutKeys.all, accountKeys.detail(accountId)]
  )

export type CreatePayoutInput = { amount: number; currency: string; method: "standard" | "instant" }

/** A manual payout from the account's available balance to its bank; the balance and payouts are read again. */
export const useCreatePayout = (accountId: string) =>
  useApiMutation(
    ({ idempotencyKey, ...body }: CreatePayoutInput & { idempotencyKey: string }) =>
      api<PayoutDocument>(base(accountId), { method: "POST", body, idempotencyKey }),
    [payoutKeys.all, balanceKeys.detail(accountId)]
  )
