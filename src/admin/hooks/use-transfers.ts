import { api, type QueryParams } from "../lib/api"
import { balanceKeys, transferKeys } from "../lib/query-keys"
import type { TransferDocument } from "../lib/types"
import { useApiMutation, useListQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/transfers"

/** What moving money to or from an account changes: the transfers and the balances. */
const TRANSFERS = [transferKeys.all, balanceKeys.all]

export const useTransfers = (query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<TransferDocument>(transferKeys.list(query), BASE, query, options)

export type CreateTransferInput = {
  account_id: string
  amount: number
  currency: string
  description?: string
  order_id?: string
}

export const useCreateTransfer = () =>
  useApiMutation(
    ({ idempotencyKey, ...body }: CreateTransferInput & { idempotencyKey: string }) =>
      api<{ transfer_id: string; amount: number; currency: string; status: string }>(BASE, {
        method: "POST",
        body,
        idempotencyKey,
      }),
    TRANSFERS
  )

export const useReverseTransfer = () =>
  useApiMutation(
    ({
      transferId,
      idempotencyKey,
      ...body
    }: {
      transferId: string
      idempotencyKey: string
      amount?: number
      description?: string
    }) =>
      api<{ reversal_id: string; amount: number; currency: string; amount_reversed: number }>(
        `${BASE}/${transferId}/reverse`,
        { method: "POST", body, idempotencyKey }
      ),
    TRANSFERS
  )
