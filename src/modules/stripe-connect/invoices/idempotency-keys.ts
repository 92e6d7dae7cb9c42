/**
 * Idempotency keys of the invoice and pay-link writes to Stripe. A send is identified by order, integration and
 * attempt (the n-th send for that pair, rolled-back ones included), so a retried request reaches Stripe with the
 * same keys and gets the same objects, while a new attempt after a rollback never reuses a deleted draft.
 */
export const invoiceIdempotencyKeys = {
  customer: (accountId: string, customerKey: string) => `stripe-connect:invoice-customer:${accountId}:${customerKey}`,
  invoice: (orderId: string, integrationId: string, attempt: number) =>
    `stripe-connect:invoice:${orderId}:${integrationId}:${attempt}:create`,
  item: (orderId: string, integrationId: string, attempt: number, index: number) =>
    `stripe-connect:invoice:${orderId}:${integrationId}:${attempt}:item:${index}`,
  finalize: (stripeInvoiceId: string) => `stripe-connect:invoice:${stripeInvoiceId}:finalize`,
  send: (stripeInvoiceId: string) => `stripe-connect:invoice:${stripeInvoiceId}:send`,
  voidInvoice: (stripeInvoiceId: string) => `stripe-connect:invoice:${stripeInvoiceId}:void`,
  refund: (chargeId: string, requestId: string) => `stripe-connect:invoice-refund:${chargeId}:${requestId}`,
  payLink: (orderId: string, integrationId: string, requestId: string) =>
    `stripe-connect:pay-link:${orderId}:${integrationId}:${requestId}`,
}
