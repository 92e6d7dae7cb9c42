import { api, joinUrl, type QueryParams } from "../lib/api"
import {
  reconciliationDailyTotalKeys,
  reconciliationMismatchKeys,
  reconciliationPayoutKeys,
  reconciliationRunningBalanceKeys,
} from "../lib/query-keys"
import type {
  LedgerDailyTotalsDocument,
  MismatchDocument,
  MismatchState,
  PayoutRunningBalanceDocument,
  ReconciledLineDocument,
  ReconciledPayoutDocument,
} from "../lib/types"
import { useApiMutation, useApiQuery, useListQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/reconciliation"

/** Payouts with their figures per account and currency (docs/api.md#list-reconciled-payouts). */
export const useReconciledPayouts = (query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<ReconciledPayoutDocument>(reconciliationPayoutKeys.list(query), `${BASE}/payouts`, query, options)

/** One payout's ledger lines with their orders (docs/api.md#payout-lines). */
export const usePayoutLines = (payoutId: string, query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<ReconciledLineDocument>(
    reconciliationPayoutKeys.detail(payoutId, query),
    `${BASE}/payouts/${encodeURIComponent(payoutId)}/lines`,
    query,
    options
  )

/** A payout's balance since the previous payout, with a page of the period's lines (docs/api.md#payout-running-balance). */
export const usePayoutRunningBalance = (payoutId: string, query: QueryParams, options: ReadOptions = {}) =>
  useApiQuery<PayoutRunningBalanceDocument>(
    reconciliationRunningBalanceKeys.detail(payoutId, query),
    `${BASE}/payouts/${encodeURIComponent(payoutId)}/running-balance`,
    { ...options, query, keepPrevious: true }
  )

/** The ledger's daily totals per balance and currency over the last `days` UTC days (docs/api.md#ledger-daily-totals). */
export const useLedgerDailyTotals = (days: number, options: ReadOptions = {}) =>
  useApiQuery<LedgerDailyTotalsDocument>(reconciliationDailyTotalKeys.list({ days }), `${BASE}/daily-totals`, {
    ...options,
    query: { days },
    keepPrevious: true,
  })

export const useMismatches = (query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<MismatchDocument>(reconciliationMismatchKeys.list(query), `${BASE}/mismatches`, query, options)

/** Explain (with a note), resolve or reopen a mismatch; the payouts' open counts change with it. */
export const useUpdateMismatch = () =>
  useApiMutation(
    ({ id, ...body }: { id: string; state: MismatchState; note?: string }) =>
      api<{ mismatch: MismatchDocument }>(`${BASE}/mismatches/${encodeURIComponent(id)}`, { method: "POST", body }),
    [reconciliationMismatchKeys.all, reconciliationPayoutKeys.all]
  )

/** The CSV export's address (a streamed download the browser follows with the session cookie). */
export const reconciliationExportUrl = (query: { payout_id?: string; from?: string; to?: string }) =>
  joinUrl(`${BASE}/export.csv`) +
  `?${new URLSearchParams(Object.entries(query).filter(([, value]) => value) as [string, string][])}`
