import type Stripe from "stripe"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { invoiceFieldsFromStripe } from "../utils/invoice-mirror"

export type CreateInvoiceRecordStepInput = {
  invoice: Stripe.Invoice
  integration_id: string
  merchant_id: string | null
  stripe_account_id: string
  order_id: string
  order_display_id: number | null
  attempt: number
  stripe_customer_id: string
  memo?: string | null
  days_until_due: number
  created_by?: string | null
}

export const createInvoiceRecordStepId = "create-stripe-connect-invoice-record"

/**
 * This step stores the invoice Stripe created. Compensation soft-deletes the row: it is gone from every list, and
 * still counts as an attempt, so the next send uses fresh idempotency keys.
 */
export const createInvoiceRecordStep = createStep(
  createInvoiceRecordStepId,
  async (input: CreateInvoiceRecordStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { invoice, ...fields } = input
    const created = await service.createStripeConnectInvoices({
      ...invoiceFieldsFromStripe(invoice),
      ...fields,
      stripe_invoice_id: invoice.id,
      memo: fields.memo ?? null,
      created_by: fields.created_by ?? null,
    })
    return new StepResponse(created, created.id)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    await container
      .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      .softDeleteStripeConnectInvoices(createdId)
  }
)
