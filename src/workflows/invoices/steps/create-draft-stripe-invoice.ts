import type Stripe from "stripe"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeDecimal, stripeIdempotencyKeys, type StripeGateway } from "../../../modules/stripe-connect/stripe"
import type { InvoiceLine } from "../../../modules/stripe-connect/invoices/build-invoice-lines"

export type CreateDraftStripeInvoiceStepInput = {
  stripe_account_id: string
  customer_id: string
  currency: string
  lines: InvoiceLine[]
  order_id: string
  order_display_id: number | null
  integration_id: string
  attempt: number
  days_until_due: number
  memo?: string | null
}

export const createDraftStripeInvoiceStepId = "create-draft-stripe-invoice"

/**
 * This step creates a draft invoice (`collection_method=send_invoice`) on the connected account and attaches one
 * invoice item per line, each with a key derived from order, integration, attempt and line. Compensation deletes
 * the items and the invoice while it is still a draft (a finalized one is voided by the finalize step's
 * compensation), so a failed send leaves nothing behind at Stripe.
 */
export const createDraftStripeInvoiceStep: StepFunction<CreateDraftStripeInvoiceStepInput, Stripe.Invoice> = createStep(
  createDraftStripeInvoiceStepId,
  async (input: CreateDraftStripeInvoiceStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const stripeAccount = input.stripe_account_id
    let invoice: Stripe.Invoice = await gateway.invoices.create(
      stripeAccount,
      {
        customer: input.customer_id,
        currency: input.currency,
        collection_method: "send_invoice",
        days_until_due: input.days_until_due,
        auto_advance: false,
        pending_invoice_items_behavior: "exclude",
        ...(input.memo ? { description: input.memo } : {}),
        metadata: {
          medusa_order_id: input.order_id,
          ...(input.order_display_id !== null ? { medusa_order_display_id: String(input.order_display_id) } : {}),
          stripe_connect_integration_id: input.integration_id,
          attempt: String(input.attempt),
        },
      },
      stripeIdempotencyKeys.createInvoice(input.order_id, input.integration_id, input.attempt)
    )

    const itemIds: string[] = []
    const compensation = { stripe_account_id: stripeAccount, invoice_id: invoice.id, item_ids: itemIds }
    try {
      for (const [index, line] of input.lines.entries()) {
        const item = await gateway.invoices.createItem(
          stripeAccount,
          {
            customer: input.customer_id,
            invoice: invoice.id,
            currency: input.currency,
            description: line.description,
            ...(line.unit_amount !== null
              ? { quantity: line.quantity, unit_amount_decimal: stripeDecimal(line.unit_amount) }
              : { amount: line.amount }),
            metadata: { kind: line.kind, ...(line.source_id ? { medusa_source_id: line.source_id } : {}) },
          },
          stripeIdempotencyKeys.createInvoiceItem(input.order_id, input.integration_id, input.attempt, index)
        )
        itemIds.push(item.id)
      }
      invoice = await gateway.invoices.retrieve(stripeAccount, invoice.id)
    } catch (error) {
      // The step failed: its own compensation does not run, so undo what it made before rethrowing.
      await deleteDraft(gateway, compensation, container.resolve<Logger>(ContainerRegistrationKeys.LOGGER))
      throw error
    }
    return new StepResponse(invoice, compensation)
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    await deleteDraft(gateway, compensation, container.resolve<Logger>(ContainerRegistrationKeys.LOGGER))
  }
)

type DraftToDelete = { stripe_account_id: string; invoice_id: string; item_ids: string[] }

async function deleteDraft(gateway: StripeGateway, draft: DraftToDelete, logger: Logger): Promise<void> {
  const stripeAccount = draft.stripe_account_id
  const invoice = await gateway.invoices.retrieve(stripeAccount, draft.invoice_id).catch(() => null)
  if (invoice && invoice.status !== "draft") {
    // Finalized: it cannot be deleted; the finalize step's compensation voids it.
    return
  }
  for (const itemId of draft.item_ids) {
    await gateway.invoices.deleteItem(stripeAccount, itemId).catch((error: unknown) => {
      logger.warn(
        `stripe-connect: could not delete invoice item ${itemId} of draft ${draft.invoice_id}: ${(error as Error).message}`
      )
    })
  }
  if (invoice) {
    await gateway.invoices.delete(stripeAccount, draft.invoice_id)
  }
}
