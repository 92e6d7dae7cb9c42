import type { IPaymentModuleService, MedusaContainer, UpdatePaymentDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { toMajorUnits } from "../../../modules/stripe-connect/money"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import type { SellerTransferRow } from "../../../modules/stripe-connect/types"
import {
  refundedKeysOf,
  withoutPlannedRefund,
  withPlannedRefund,
  type PlannedRefund,
} from "../../../providers/stripe-connect/utils/planned-refund"

type OrderPayment = { id: string; provider_id?: string | null; data?: Record<string, unknown> | null }
type OrderWithPayments = { payment_collections?: { payments?: OrderPayment[] | null }[] | null }

export type SellerChargeRefund = {
  payment_intent_id: string
  account_id: string
  amount: number
  request_id: string
  created_by?: string
}

/**
 * The Stripe idempotency key of a seller's refund: the same for the client's retry with the same `Idempotency-Key`
 * (the request id derives from it), another for another charge, seller or amount.
 */
export function sellerRefundKey(refund: SellerChargeRefund): string {
  return stripeIdempotencyKeys.sellerRefund(
    refund.payment_intent_id,
    refund.account_id,
    refund.request_id,
    refund.amount
  )
}

/** Medusa's payment of the order that holds the payment intent (the provider's data names it), if there is one. */
export async function findOrderPaymentOfIntent(
  container: MedusaContainer,
  orderId: string | null,
  paymentIntentId: string
): Promise<OrderPayment | null> {
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
  return payment ?? null
}

/** Medusa's payment module takes `data` on update, although its DTO does not name it. */
const paymentDataUpdate = (id: string, data: Record<string, unknown>): UpdatePaymentDTO & { data: object } => ({
  id,
  data,
})

/**
 * Makes a seller's refund once at Stripe, under the key `sellerRefundKey` on every attempt. When the charge is
 * Medusa's payment of the order (a storefront checkout), the refund goes through Medusa's own refund workflow: its
 * provider refunds at Stripe and Medusa records the refund on the payment and the order, as the admin's refund
 * would. Medusa names that refund to the provider itself (a new key per attempt), so the plugin first names the
 * refund in the payment's data (`PlannedRefund`) and the provider uses the plugin's key. A charge Medusa does not
 * hold is refunded directly.
 */
export async function refundSellerCharge(
  container: MedusaContainer,
  service: StripeConnectModuleService,
  row: SellerTransferRow,
  refund: SellerChargeRefund
): Promise<void> {
  const planned: PlannedRefund = {
    idempotency_key: sellerRefundKey(refund),
    amount: refund.amount,
    metadata: { seller_account_id: refund.account_id, seller_transfer_id: row.id },
  }
  const payment = await findOrderPaymentOfIntent(container, row.order_id ?? null, refund.payment_intent_id)
  if (payment) {
    await refundThroughMedusa(container, payment, row, refund, planned)
    return
  }
  const gateway = await service.getStripeGateway()
  await gateway.charges.refund(
    { payment_intent: refund.payment_intent_id, amount: refund.amount, metadata: planned.metadata },
    planned.idempotency_key
  )
}

/**
 * Medusa's refund of `payment` with the plugin's key. An earlier attempt whose refund Medusa recorded (its key is
 * among the payment's refunded keys: the provider refunded and Medusa wrote the refund, only the answer was lost)
 * is not repeated. When the workflow fails, the planned refund is taken out of the payment's data again, unless
 * Medusa recorded the refund before a later step of its workflow failed (then the refund is made).
 */
async function refundThroughMedusa(
  container: MedusaContainer,
  payment: OrderPayment,
  row: SellerTransferRow,
  refund: SellerChargeRefund,
  planned: PlannedRefund
): Promise<void> {
  if (refundedKeysOf(payment.data).includes(planned.idempotency_key)) {
    return
  }
  const payments = container.resolve<IPaymentModuleService>(Modules.PAYMENT)
  await payments.updatePayment(paymentDataUpdate(payment.id, withPlannedRefund(payment.data, planned)))
  try {
    await refundPaymentWorkflow(container).run({
      input: {
        payment_id: payment.id,
        amount: toMajorUnits(refund.amount, row.currency),
        created_by: refund.created_by,
        note: `Seller ${refund.account_id}`,
      },
    })
  } catch (error) {
    const [current] = await payments.listPayments({ id: payment.id }, { select: ["id", "data"] })
    if (refundedKeysOf(current?.data).includes(planned.idempotency_key)) {
      return
    }
    await payments.updatePayment(paymentDataUpdate(payment.id, withoutPlannedRefund(current?.data)))
    throw error
  }
}
