import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Invoices and their items on a connected account (`Stripe-Account`), sent by the account to its customer. */
export function invoicesGateway(stripe: Stripe) {
  return {
    create: (
      stripeAccount: string,
      params: Stripe.InvoiceCreateParams,
      idempotencyKey: string
    ): Promise<Stripe.Invoice> =>
      callStripe({ accountId: stripeAccount, action: "create the draft invoice" }, () =>
        stripe.invoices.create(params, requestOptions(stripeAccount, idempotencyKey))
      ),

    retrieve: (
      stripeAccount: string,
      invoiceId: string,
      params: Stripe.InvoiceRetrieveParams = {}
    ): Promise<Stripe.Invoice> =>
      callStripe({ accountId: stripeAccount, action: `read invoice ${invoiceId}` }, () =>
        stripe.invoices.retrieve(invoiceId, params, requestOptions(stripeAccount))
      ),

    finalize: (
      stripeAccount: string,
      invoiceId: string,
      params: Stripe.InvoiceFinalizeInvoiceParams,
      idempotencyKey: string
    ): Promise<Stripe.Invoice> =>
      callStripe({ accountId: stripeAccount, action: `finalize invoice ${invoiceId}` }, () =>
        stripe.invoices.finalizeInvoice(invoiceId, params, requestOptions(stripeAccount, idempotencyKey))
      ),

    send: (stripeAccount: string, invoiceId: string, idempotencyKey: string): Promise<Stripe.Invoice> =>
      callStripe({ accountId: stripeAccount, action: `send invoice ${invoiceId}` }, () =>
        stripe.invoices.sendInvoice(invoiceId, {}, requestOptions(stripeAccount, idempotencyKey))
      ),

    void: (stripeAccount: string, invoiceId: string, idempotencyKey: string): Promise<Stripe.Invoice> =>
      callStripe({ accountId: stripeAccount, action: `void invoice ${invoiceId}` }, () =>
        stripe.invoices.voidInvoice(invoiceId, {}, requestOptions(stripeAccount, idempotencyKey))
      ),

    /** Only a draft can be deleted. */
    delete: (stripeAccount: string, invoiceId: string): Promise<Stripe.DeletedInvoice> =>
      callStripe({ accountId: stripeAccount, action: `delete invoice ${invoiceId}` }, () =>
        stripe.invoices.del(invoiceId, {}, requestOptions(stripeAccount))
      ),

    createItem: (
      stripeAccount: string,
      params: Stripe.InvoiceItemCreateParams,
      idempotencyKey: string
    ): Promise<Stripe.InvoiceItem> =>
      callStripe({ accountId: stripeAccount, action: `add a line to invoice ${params.invoice ?? ""}`.trim() }, () =>
        stripe.invoiceItems.create(params, requestOptions(stripeAccount, idempotencyKey))
      ),

    deleteItem: (stripeAccount: string, invoiceItemId: string): Promise<Stripe.DeletedInvoiceItem> =>
      callStripe({ accountId: stripeAccount, action: `delete invoice item ${invoiceItemId}` }, () =>
        stripe.invoiceItems.del(invoiceItemId, {}, requestOptions(stripeAccount))
      ),
  }
}
