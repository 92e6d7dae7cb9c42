import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { retrieveConnectedIntegration } from "../../integrations/utils/retrieve-connected-integration"
import {
  buildInvoiceLines,
  type InvoiceLinesResult,
} from "../../../modules/stripe-connect/invoices/build-invoice-lines"
import { assertOrderOfMerchant } from "../../accounts/utils/assert-order-of-merchant"
import { loadOrderForInvoice, type OrderForInvoice } from "../utils/load-order-for-invoice"

export type PrepareOrderInvoiceStepInput = { order_id: string; integration_id: string }

export type PrepareOrderInvoiceStepOutput = {
  order: OrderForInvoice
  lines: InvoiceLinesResult
  integration: { id: string; merchant_id: string | null; stripe_account_id: string }
  attempt: number
  customer_email: string
  customer_name: string | null
  customer_key: string
}

export const prepareOrderInvoiceStepId = "prepare-stripe-order-invoice"

/**
 * This step reads what a new invoice needs and writes nothing: the order (404 when missing; 400 naming `order_id`
 * when it belongs to another merchant than the integration), the integration
 * (400 `integration_not_connected` when it is not connected), the invoice lines whose sum is the order total in
 * minor units, the customer's email (400 when the order has none) and the attempt number of this send (one more
 * than the sends already made for this order and integration, rolled-back ones included).
 */
export const prepareOrderInvoiceStep = createStep(
  prepareOrderInvoiceStepId,
  async (input: PrepareOrderInvoiceStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const integration = await retrieveConnectedIntegration(service, input.integration_id)
    const order = await loadOrderForInvoice(container, input.order_id)
    await assertOrderOfMerchant(container, order.id, integration.merchant_id)
    const email = order.email ?? order.customer?.email ?? null
    if (!email) {
      throw new StripeConnectError(
        "invalid_request",
        `order_id: order ${order.id} has no customer email to send the invoice to`,
        { param: "order_id" }
      )
    }
    let lines: InvoiceLinesResult
    try {
      lines = buildInvoiceLines(order)
    } catch (error) {
      throw new StripeConnectError(
        "invalid_request",
        `order_id: order ${order.id} cannot be invoiced: ${(error as Error).message}`,
        { param: "order_id" }
      )
    }
    if (lines.total <= 0) {
      throw new StripeConnectError(
        "invalid_request",
        `order_id: order ${order.id} has nothing to pay (total ${lines.total})`,
        { param: "order_id" }
      )
    }
    const previous = await service.listStripeConnectInvoices(
      { order_id: order.id, integration_id: integration.id },
      { withDeleted: true, select: ["id"] }
    )
    const name = [order.customer?.first_name, order.customer?.last_name].filter(Boolean).join(" ")
    return new StepResponse<PrepareOrderInvoiceStepOutput>({
      order,
      lines,
      integration: {
        id: integration.id,
        merchant_id: integration.merchant_id ?? null,
        stripe_account_id: integration.stripe_account_id,
      },
      attempt: previous.length + 1,
      customer_email: email,
      customer_name: name || null,
      customer_key: order.customer_id ?? email.toLowerCase(),
    })
  }
)
