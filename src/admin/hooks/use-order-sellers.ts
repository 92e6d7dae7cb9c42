import { api } from "../lib/api"
import { orderPaymentKeys, orderSellerKeys } from "../lib/query-keys"
import type { ListResponse, OrderSellerDocument, SellerTransferDocument } from "../lib/types"
import { useApiMutation, useApiQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/orders"

/**
 * The sellers' parts of a multi-seller order, each with its lines (docs/api.md#list-order-sellers); empty for a
 * one-seller order.
 */
export const useOrderSellers = (orderId: string, options: ReadOptions = {}) =>
  useApiQuery<ListResponse<OrderSellerDocument>>(orderSellerKeys.detail(orderId), `${BASE}/${orderId}/sellers`, {
    ...options,
    query: { limit: "100" },
  })

/** Refund order seller (docs/api.md#refund-order-seller): the refund and that seller's reversal. */
export const useRefundOrderSeller = () =>
  useApiMutation(
    ({
      orderId,
      accountId,
      amount,
      idempotencyKey,
    }: {
      orderId: string
      accountId: string
      amount: number
      idempotencyKey: string
    }) =>
      api<{ seller: SellerTransferDocument }>(`${BASE}/${orderId}/sellers/${accountId}/refund`, {
        method: "POST",
        body: { amount },
        idempotencyKey,
      }),
    [orderSellerKeys.all, orderPaymentKeys.all]
  )
