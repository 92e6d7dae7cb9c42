import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { toMajorUnits } from "../../../modules/stripe-connect/money"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"

type OrderPayment = { id: string; provider_id?: string | null; data?: Record<string, unknown> | null }
type OrderWithPayments = { payment_collections?: { payments?: OrderPayment[] | null }[] | null }

export type SellerChargeRefund = {
  payment_intent_id: string
  account_id: string
  amount: number
  request_id: string
  created_by?: string
}

/** Medusa's payment of the order that holds the payment intent (the provider's data names it), if there is one. */
export async function findOrderPaymentOfIntent(
  container: MedusaContainer,
  orderId: string | null,
  paymentIntentId: string
): Promise<string | null> {
  if (!orderId) {
    return null
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "payment_collections.payments.id",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
    ],
    filters: { id: orderId },
  })
  const order = data[0] as OrderWithPayments | undefined
  const payment = (order?.payment_collections ?? [])
    .flatMap((collection) => collection.payments ?? [])
    .find(
      (candidate) => candidate.provider_id?.startsWith("pp_stripe-connect_") && candidate.data?.id === paymentIntentId
    )
  return payment?.id ?? null
}

/**
 * Makes a seller's refund once at Stripe. When the charge is Medusa's payment of the order (a storefront checkout),
 * the refund goes through Medusa's own refund workflow: its provider refunds at Stripe and Medusa records the refund
 * on the payment and the order, as the admin's refund would. A charge Medusa does not hold is refunded directly.
 */
export async function refundSellerCharge(
  container: MedusaContainer,
  service: StripeConnectModuleService,
  row: SellerTransferRow,
  refund: SellerChargeRefund
): Promise<void> {
  const paymentId = await findOrderPaymentOfIntent(container, row.order_id ?? null, refund.payment_intent_id)
  if (paymentId) {
    await refundPaymentWorkflow(container).run({
      input: {
        payment_id: paymentId,
        amount: toMajorUnits(refund.amount, row.currency),
        created_by: refund.created_by,
        note: `Seller ${refund.account_id}`,
      },
    })
    return
  }
  const gateway = await service.getStripeGateway()
  await gateway.charges.refund(
    {
      payment_intent: refund.payment_intent_id,
      amount: refund.amount,
      metadata: { seller_account_id: refund.account_id, seller_transfer_id: row.id },
    },
    stripeIdempotencyKeys.sellerRefund(refund.payment_intent_id, refund.account_id, refund.request_id)
  )
}
