import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { retrieveConnectedIntegration } from "../../integrations/utils/retrieve-connected-integration"
import { toMinorUnits } from "../../../modules/stripe-connect/money"
import { assertOrderOfMerchant } from "../../accounts/utils/assert-order-of-merchant"
import { loadOrderForInvoice } from "../../invoices/utils/load-order-for-invoice"

export type PrepareOrderPayLinkStepInput = { order_id: string; integration_id: string }

export type PrepareOrderPayLinkStepOutput = {
  order: { id: string; display_id: number | null; email: string | null }
  integration: { id: string; merchant_id: string | null; stripe_account_id: string }
  amount: number
  currency: string
}

export const prepareOrderPayLinkStepId = "prepare-stripe-order-pay-link"

/**
 * This step reads what a pay link needs and writes nothing: the integration (400 `integration_not_connected` when
 * not connected: after a disconnect no new links), the order (404; 400 naming `order_id` when it belongs to another
 * merchant than the integration) and its outstanding amount in minor units: the
 * order total less what Medusa records as paid (which includes the plugin's paid invoices), paid invoices not yet
 * recorded there, what completed pay links collected, and what open pay links not yet expired ask for (a second
 * link for the same amount would let the customer pay twice). Refunds do not make an amount outstanding again.
 * Nothing outstanding: 400; nothing outstanding only because open links ask for it: 409 `pay_link_open` naming the
 * newest open link, whose url the caller can send again.
 */
export const prepareOrderPayLinkStep = createStep(
  prepareOrderPayLinkStepId,
  async (input: PrepareOrderPayLinkStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const integration = await retrieveConnectedIntegration(service, input.integration_id)
    const order = await loadOrderForInvoice(container, input.order_id)
    await assertOrderOfMerchant(container, order.id, integration.merchant_id)
    const currency = order.currency_code.toLowerCase()
    const invoices = await service.listStripeConnectInvoices(
      { order_id: order.id, status: "paid", currency },
      { select: ["amount_paid", "metadata"] }
    )
    const links = await service.listStripeConnectPayLinks(
      {
        order_id: order.id,
        currency,
        $or: [{ status: "completed" }, { status: "open", expires_at: { $gt: new Date() } }],
      },
      {
        select: ["id", "url", "status", "amount", "currency", "expires_at", "created_at"],
        order: { created_at: "DESC" },
      }
    )
    const open = links.filter((link) => link.status === "open")
    const asked = open.reduce((sum, link) => sum + link.amount, 0)
    const collected =
      toMinorUnits(order.summary?.paid_total ?? 0, currency) +
      // Paid invoices are recorded as Medusa payments (in paid_total); count those that are not (yet).
      invoices
        .filter((invoice) => !(invoice.metadata as { medusa_payment_id?: string } | null)?.medusa_payment_id)
        .reduce((sum, invoice) => sum + invoice.amount_paid, 0) +
      links.reduce((sum, link) => sum + link.amount, 0)
    const amount = toMinorUnits(order.total, currency) - collected
    if (amount + asked <= 0) {
      throw new StripeConnectError("invalid_request", `order_id: order ${order.id} has nothing outstanding to pay`, {
        param: "order_id",
      })
    }
    if (amount <= 0) {
      const [newest] = open
      throw new StripeConnectError(
        "pay_link_open",
        `order_id: order ${order.id} already has an open pay link ${newest.id} for what it owes; send its url again, or create a new link once it has expired`,
        {
          param: "order_id",
          details: {
            pay_link: {
              id: newest.id,
              url: newest.url,
              amount: newest.amount,
              currency: newest.currency,
              expires_at: new Date(newest.expires_at).toISOString(),
            },
          },
        }
      )
    }
    return new StepResponse<PrepareOrderPayLinkStepOutput>({
      order: {
        id: order.id,
        display_id: order.display_id ?? null,
        email: order.email ?? order.customer?.email ?? null,
      },
      integration: {
        id: integration.id,
        merchant_id: integration.merchant_id ?? null,
        stripe_account_id: integration.stripe_account_id,
      },
      amount,
      currency,
    })
  }
)
