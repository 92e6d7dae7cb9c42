import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import { balanceKeys, transferKeys } from "../lib/query-keys"
import type { ListResponse, TransferDocument } from "../lib/types"

const BASE = "/admin/stripe-connect/transfers"

export const useTransfers = (query: QueryParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: transferKeys.list(query),
    queryFn: () => api<ListResponse<TransferDocument>>(BASE, { query }),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  })

const useInvalidateTransfers = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: transferKeys.all }),
      queryClient.invalidateQueries({ queryKey: balanceKeys.all }),
    ])
}

export type CreateTransferInput = {
  account_id: string
  amount: number
  currency: string
  description?: string
  order_id?: string
}

export const useCreateTransfer = () => {
  const invalidate = useInvalidateTransfers()
  return useMutation({
    mutationFn: ({ idempotencyKey, ...body }: CreateTransferInput & { idempotencyKey: string }) =>
      api<{ transfer_id: string; amount: number; currency: string; status: string }>(BASE, {
        method: "POST",
        body,
        idempotencyKey,
      }),
    onSuccess: invalidate,
  })
}

export const useReverseTransfer = () => {
  const invalidate = useInvalidateTransfers()
  return useMutation({
    mutationFn: ({
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
        {
          method: "POST",
          body,
          idempotencyKey,
        }
      ),
    onSuccess: invalidate,
  })
}
