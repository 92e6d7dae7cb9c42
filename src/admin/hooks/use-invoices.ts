import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { api } from "../lib/api"
import { invoiceKeys, orderInvoiceKeys, orderPayLinkKeys } from "../lib/query-keys"
import type { InvoiceDocument, ListResponse, PayLinkDocument, WebhookEventResponse } from "../lib/types"

const BASE = "/admin/stripe-connect/invoices"

export const useOrderInvoices = (orderId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: orderInvoiceKeys.detail(orderId),
    queryFn: () => api<ListResponse<InvoiceDocument>>(`/admin/orders/${orderId}/stripe-invoices`),
    enabled: options.enabled ?? true,
  })

/** The invoice's activity log (docs/api.md#get-invoice-activity): the stored Stripe events about it, oldest first. */
export const useInvoiceActivity = (invoiceId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: invoiceKeys.detail(invoiceId, { activity: "1" }),
    queryFn: () => api<{ data: WebhookEventResponse[]; count: number }>(`${BASE}/${invoiceId}/activity`),
    enabled: options.enabled ?? true,
  })

const useInvalidateInvoices = () => {
  const queryClient = useQueryClient()
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: orderInvoiceKeys.all }),
      queryClient.invalidateQueries({ queryKey: invoiceKeys.all }),
    ])
}

export const useSendInvoice = () => {
  const invalidate = useInvalidateInvoices()
  return useMutation({
    mutationFn: (body: { order_id: string; integration_id: string; days_until_due?: number; memo?: string }) =>
      api<{ invoice: InvoiceDocument; created: boolean }>(BASE, { method: "POST", body }),
    onSuccess: invalidate,
  })
}

export const useVoidInvoice = () => {
  const invalidate = useInvalidateInvoices()
  return useMutation({
    mutationFn: (invoiceId: string) =>
      api<{ invoice: InvoiceDocument }>(`${BASE}/${invoiceId}/void`, { method: "POST", body: {} }),
    onSuccess: invalidate,
  })
}

export const useRefundInvoice = () => {
  const invalidate = useInvalidateInvoices()
  return useMutation({
    mutationFn: ({
      invoiceId,
      idempotencyKey,
      ...body
    }: {
      invoiceId: string
      idempotencyKey: string
      amount?: number
      reason?: string
    }) =>
      api<{ refund: { refund_id: string; amount: number; status: string }; invoice: InvoiceDocument }>(
        `${BASE}/${invoiceId}/refund`,
        {
          method: "POST",
          body,
          idempotencyKey,
        }
      ),
    onSuccess: invalidate,
  })
}

export const useOrderPayLinks = (orderId: string, options: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: orderPayLinkKeys.detail(orderId),
    queryFn: () => api<ListResponse<PayLinkDocument>>(`/admin/orders/${orderId}/stripe-pay-links`),
    enabled: options.enabled ?? true,
  })

export const useCreatePayLink = () => {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: { order_id: string; integration_id: string }) =>
      api<{ pay_link: PayLinkDocument; url: string }>("/admin/stripe-connect/pay-links", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orderPayLinkKeys.all }),
  })
}
