import { api } from "../lib/api"
import { invoiceKeys, orderInvoiceKeys, orderPayLinkKeys } from "../lib/query-keys"
import type { InvoiceDocument, ListResponse, PayLinkDocument, WebhookEventResponse } from "../lib/types"
import { useApiMutation, useApiQuery, type ReadOptions } from "./api-query"

const BASE = "/admin/stripe-connect/invoices"

/** What an invoice write changes: the order's invoices and any invoice's activity. */
const INVOICES = [orderInvoiceKeys.all, invoiceKeys.all]

export const useOrderInvoices = (orderId: string, options: ReadOptions = {}) =>
  useApiQuery<ListResponse<InvoiceDocument>>(
    orderInvoiceKeys.detail(orderId),
    `/admin/orders/${orderId}/stripe-invoices`,
    options
  )

/** The invoice's activity log (docs/api.md#get-invoice-activity): the stored Stripe events about it, oldest first. */
export const useInvoiceActivity = (invoiceId: string, options: ReadOptions = {}) =>
  useApiQuery<{ data: WebhookEventResponse[]; count: number }>(
    invoiceKeys.detail(invoiceId, { activity: "1" }),
    `${BASE}/${invoiceId}/activity`,
    options
  )

export const useSendInvoice = () =>
  useApiMutation(
    (body: { order_id: string; integration_id: string; days_until_due?: number; memo?: string }) =>
      api<{ invoice: InvoiceDocument; created: boolean }>(BASE, { method: "POST", body }),
    INVOICES
  )

export const useVoidInvoice = () =>
  useApiMutation(
    (invoiceId: string) => api<{ invoice: InvoiceDocument }>(`${BASE}/${invoiceId}/void`, { method: "POST", body: {} }),
    INVOICES
  )

export const useRefundInvoice = () =>
  useApiMutation(
    ({
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
        { method: "POST", body, idempotencyKey }
      ),
    INVOICES
  )

export const useOrderPayLinks = (orderId: string, options: ReadOptions = {}) =>
  useApiQuery<ListResponse<PayLinkDocument>>(
    orderPayLinkKeys.detail(orderId),
    `/admin/orders/${orderId}/stripe-pay-links`,
    options
  )

export const useCreatePayLink = () =>
  useApiMutation(
    (body: { order_id: string; integration_id: string }) =>
      api<{ pay_link: PayLinkDocument; url: string }>("/admin/stripe-connect/pay-links", { method: "POST", body }),
    [orderPayLinkKeys.all]
  )
