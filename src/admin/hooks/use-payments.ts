import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api, type QueryParams } from "../lib/api"
import { orderPaymentKeys, paymentKeys } from "../lib/query-keys"
import type { ListResponse, PaymentDocument, RefundPaymentResponse } from "../lib/types"

const BASE = "/admin/stripe-connect/payments"

export const usePayments = (query: QueryParams, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: paymentKeys.list(query),
    queryFn: () => api<ListResponse<PaymentDocument>>(BASE, { query }),
    placeholderData: (previous) => previous,
    enabled: options.enabled ?? true,
  })

export const useOrderStripePayments = (orderId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: orderPaymentKeys.detail(orderId),
    queryFn: () => api<ListResponse<PaymentDocument>>(`/admin/orders/${orderId}/stripe-payments`),
    enabled: options.enabled ?? true,
  })

const useInvalidatePayments = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: paymentKeys.all }),
      queryClient.invalidateQueries({ queryKey: orderPaymentKeys.all }),
    ])
}

export const useCapturePayment = () => {
  const invalidate = useInvalidatePayments()
  return useMutation({
    mutationFn: ({
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
    onSuccess: invalidate,
  })
}

export const useRefundPayment = () => {
  const invalidate = useInvalidatePayments()
  return useMutation({
    mutationFn: ({
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
    onSuccess: invalidate,
  })
}
