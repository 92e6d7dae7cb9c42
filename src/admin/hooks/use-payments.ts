import { api, type QueryParams } from "../lib/api"
import { orderPaymentKeys, paymentKeys } from "../lib/query-keys"
import type { ListResponse, PaymentDocument, RefundPaymentResponse } from "../lib/types"
import { useApiMutation, useApiQuery, useListQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/payments"

/** What a capture or refund changes: the payments list and the order widgets' payments. */
const PAYMENTS = [paymentKeys.all, orderPaymentKeys.all]

export const usePayments = (query: QueryParams, options: ReadOptions = {}) =>
  useListQuery<PaymentDocument>(paymentKeys.list(query), BASE, query, options)

export const useOrderStripePayments = (orderId: string, options: ReadOptions = {}) =>
  useApiQuery<ListResponse<PaymentDocument>>(
    orderPaymentKeys.detail(orderId),
    `/admin/orders/${orderId}/stripe-payments`,
    options
  )

export const useCapturePayment = () =>
  useApiMutation(
    ({
      paymentIntentId,
      idempotencyKey,
      amount_to_capture,
    }: {
      paymentIntentId: string
      idempotencyKey: string
      amount_to_capture?: number
    }) =>
      api<PaymentDocument>(`${BASE}/${paymentIntentId}/capture`, {
        method: "POST",
        body: amount_to_capture === undefined ? {} : { amount_to_capture },
        idempotencyKey,
      }),
    PAYMENTS
  )

export const useRefundPayment = () =>
  useApiMutation(
    ({
      paymentIntentId,
      idempotencyKey,
      ...body
    }: {
      paymentIntentId: string
      idempotencyKey: string
      amount?: number
      reason?: string
      refund_application_fee?: boolean
    }) => api<RefundPaymentResponse>(`${BASE}/${paymentIntentId}/refund`, { method: "POST", body, idempotencyKey }),
    PAYMENTS
  )
