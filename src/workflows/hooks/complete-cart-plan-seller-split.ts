import type { MedusaContainer } from "@medusajs/framework/types"
import type { Logger } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { STRIPE_CONNECT_MODULE } from "../../modules/stripe-connect"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"
import { errorMessageOf } from "../../modules/stripe-connect/errors/error-text"
import type StripeConnectModuleService from "../../modules/stripe-connect/service"
import { PREPARED_SESSION_KEY } from "../../providers/stripe-connect/types"
import { planSellerSplit } from "../seller-transfers/utils/plan-seller-split"
import { transferSellerSharesWorkflow } from "../seller-transfers/workflows/transfer-seller-shares"
import { readCartSellers } from "../sellers/utils/cart-sellers"
import { orderProductSellers } from "../sellers/utils/order-line-sellers"
import { orderSellerSplit, type OrderSplitTotals } from "../sellers/utils/order-seller-split"

type OrderCreatedInput = { order_id: string; cart_id: string }
type OrderCreatedHook = (
  invoke: (
    input: OrderCreatedInput,
    context: { container: MedusaContainer }
  ) => Promise<StepResponse<unknown, string[]>>,
  compensate: (created: string[] | undefined, context: { container: MedusaContainer }) => Promise<void>
) => void

type OrderPayment = { provider_id?: string | null; data?: Record<string, unknown> | null }
type OrderForSplit = OrderSplitTotals & { payment_collections?: { payments?: OrderPayment[] | null }[] | null }

// Medusa 2.21 declares `orderCreated` in completeCartWorkflow (after the payment is authorized) without typing it
// among the workflow's hooks; it is registered like any other hook. One handler per hook: this is the plugin's.
const orderCreated = (completeCartWorkflow.hooks as unknown as { orderCreated: OrderCreatedHook }).orderCreated

/**
 * An order whose cart was paid by one platform charge for several sellers gets its seller split planned
 * (docs/api.md#seller-transfers): each seller's lines (sellers fixed in the cart, `readCartSellers`; a line without
 * a seller of its own is the payee the session named for it), shipping and discounts from the order's totals, under
 * the order and the payment intent. Planning again keeps the first plan. A charge already captured (automatic
 * capture: its `payment_intent.succeeded` came before the order existed) pays its sellers now.
 */
orderCreated(
  async ({ order_id, cart_id }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "currency_code",
        "total",
        "shipping_total",
        "shipping_tax_total",
        "items.product_id",
        "items.total",
        "items.tax_total",
        "payment_collections.payments.provider_id",
        "payment_collections.payments.data",
      ],
      filters: { id: order_id },
    })
    const order = data[0] as OrderForSplit | undefined
    const payment = (order?.payment_collections ?? [])
      .flatMap((collection) => collection.payments ?? [])
      .find(
        (candidate) =>
          candidate.provider_id?.startsWith("pp_stripe-connect_") &&
          (candidate.data?.[PREPARED_SESSION_KEY] as { mode?: string } | undefined)?.mode === "separate_charges"
      )
    const intentId = payment?.data?.id
    if (!order || !payment?.data || typeof intentId !== "string") {
      return new StepResponse(undefined, [])
    }
    const sellers = orderProductSellers([payment], await readCartSellers(container, cart_id))
    const sellerOfProduct = new Map<string, string>()
    if (sellers?.mode === "separate_charges") {
      sellers.sellerOf.forEach((seller, productId) => sellerOfProduct.set(productId, seller.account_id))
    }
    const { split, unassigned } = orderSellerSplit(order, sellerOfProduct)
    if (unassigned.length) {
      throw new StripeConnectError(
        "invalid_request",
        `Order ${order_id}: no seller for product(s) ${unassigned.join(", ")} of a multi-seller charge`,
        { param: "items" }
      )
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { rows, created } = await planSellerSplit(service, { ...split, payment_intent_id: intentId, order_id })
    if (payment.data.status === "succeeded") {
      await payCapturedSellers(container, intentId, order_id)
    }
    return new StepResponse(undefined, created ? rows.map((row) => row.id) : [])
  },
  async (created, { container }) => {
    if (!created?.length) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.deleteStripeConnectSellerTransfers(created)
  }
)

/**
 * Pays the sellers of a charge captured before its order existed. The money is taken by now, so a failure here must
 * not undo the order: it is logged, the split stays planned, and reconciliation reports its sellers' transfers as
 * missing (`missing_transfer`) until an operator acts.
 */
async function payCapturedSellers(container: MedusaContainer, paymentIntentId: string, orderId: string): Promise<void> {
  try {
    await transferSellerSharesWorkflow(container).run({ input: { payment_intent_id: paymentIntentId } })
  } catch (error) {
    container
      .resolve<Logger>(ContainerRegistrationKeys.LOGGER)
      .warn(
        `stripe-connect: paying the sellers of order ${orderId} (${paymentIntentId}) failed, the split stays planned: ${errorMessageOf(error)}`
      )
  }
}
