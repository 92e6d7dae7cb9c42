import type Stripe from "stripe"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { findOrderOwner } from "../../accounts/utils/order-owner"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { paymentMirrorFromStripe, type PaymentMirror } from "../utils/payment-mirror"
import { writePaymentMirror } from "../utils/write-payment-mirror"
import type { PaymentRow } from "../../../modules/stripe-connect/types"

export type UpsertPaymentFromStripeStepInput = { intent: Stripe.PaymentIntent }

export type UpsertPaymentFromStripeStepOutput = {
  /** null: the intent is not one of the plugin's (no stored row and no plugin metadata). */
  payment: PaymentRow | null
  previous_status: string | null
  /** This step moved the payment to succeeded, or stored it succeeded on first sight (see `writePaymentMirror`). */
  succeeded_now: boolean
}

type Snapshot = Partial<PaymentMirror> & { order_id?: string | null }
type Compensation = { created_id: string } | { id: string; snapshot: Snapshot } | null

export const upsertPaymentFromStripeStepId = "upsert-stripe-connect-payment-from-stripe"

/**
 * This step applies Stripe's view of a payment intent to the stored payment. An intent the plugin created but
 * has not stored (a storefront checkout intent, created by the payment provider, which has no access to the
 * plugin's tables) is stored on first sight from its metadata and `transfer_data.destination`, for the merchant
 * owning that account and, only when it is that merchant's, the order it names; a charge for several sellers
 * (metadata `split`) with no account (docs/api.md#seller-transfers). Intents that are not the
 * plugin's, or pay no account the plugin knows, are left alone. A stored payment already further on than this copy of the intent (a staff
 * capture or refund, or the other payment handler, stored a newer state after this intent was read) is left as it
 * is, apart from the order its cart became. Compensation deletes a created row or puts back the changed columns.
 */
export const upsertPaymentFromStripeStep = createStep(
  upsertPaymentFromStripeStepId,
  async ({ intent }: UpsertPaymentFromStripeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [existing] = await service.listStripeConnectPayments({ payment_intent_id: intent.id }, { take: 1 })
    const mirror: PaymentMirror = paymentMirrorFromStripe(intent, { previousCapturedAt: existing?.captured_at })
    const orderId = await orderOfCart(container, intent.metadata?.cart_id)
    if (existing) {
      const snapshot = Object.fromEntries(
        (Object.keys(mirror) as (keyof PaymentMirror)[]).map((key) => [key, existing[key as keyof typeof existing]])
      ) as Snapshot
      const { written, succeeded_now } = await writePaymentMirror(container, existing.id, mirror)
      const linksOrder = Boolean(orderId && !existing.order_id)
      if (linksOrder) {
        await service.updateStripeConnectPayments({ id: existing.id, order_id: orderId })
      }
      const restore: Snapshot = { ...(written ? snapshot : {}), ...(linksOrder ? { order_id: null } : {}) }
      const payment = await service.retrieveStripeConnectPayment(existing.id)
      return new StepResponse<UpsertPaymentFromStripeStepOutput, Compensation>(
        { payment, previous_status: existing.status, succeeded_now },
        Object.keys(restore).length ? { id: existing.id, snapshot: restore } : null
      )
    }

    const metadata = intent.metadata ?? {}
    if (metadata.medusa_plugin === "stripe-connect" && metadata.split === "separate_charges") {
      const created = await service.createStripeConnectPayments(splitPaymentRecord(intent, mirror, orderId))
      return new StepResponse<UpsertPaymentFromStripeStepOutput, Compensation>(
        { payment: created, previous_status: null, succeeded_now: created.status === "succeeded" },
        { created_id: created.id }
      )
    }
    const destination = intent.transfer_data?.destination
    const destinationId = typeof destination === "string" ? destination : destination?.id
    const [account] = destinationId
      ? await service.listConnectedAccounts({ stripe_account_id: destinationId }, { take: 1 })
      : []
    if (metadata.medusa_plugin !== "stripe-connect" || !account) {
      return new StepResponse<UpsertPaymentFromStripeStepOutput, Compensation>(
        { payment: null, previous_status: null, succeeded_now: false },
        null
      )
    }
    // The merchant is the paid account's owner, and the order must be that merchant's (or belong to no merchant):
    // an intent's metadata is only what its creator wrote.
    const claimedOrderId = metadata.order_id ?? orderId
    const owner = claimedOrderId ? await findOrderOwner(container, claimedOrderId) : null
    const orderOfMerchant = !owner || owner.merchant_id === null || owner.merchant_id === account.merchant_id
    const created = await service.createStripeConnectPayments({
      ...mirror,
      payment_intent_id: intent.id,
      stripe_account_id: account.stripe_account_id,
      merchant_id: account.merchant_id,
      source: metadata.source === "admin" ? "admin" : "storefront",
      application_fee_amount: intent.application_fee_amount ?? 0,
      order_id: orderOfMerchant ? (claimedOrderId ?? null) : null,
      payment_session_id: metadata.session_id ?? null,
      customer_email: intent.receipt_email ?? null,
      metadata: null,
    })
    return new StepResponse<UpsertPaymentFromStripeStepOutput, Compensation>(
      { payment: created, previous_status: null, succeeded_now: created.status === "succeeded" },
      { created_id: created.id }
    )
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    if ("created_id" in compensation) {
      await service.deleteStripeConnectPayments(compensation.created_id)
    } else {
      await service.updateStripeConnectPayments({ id: compensation.id, ...compensation.snapshot })
    }
  }
)

/**
 * A storefront charge for several sellers, stored on first sight: no account or merchant of its own (each seller's
 * share is a transfer), for the order its cart became (the `order_cart` link; the intent's metadata names no order).
 */
function splitPaymentRecord(intent: Stripe.PaymentIntent, mirror: PaymentMirror, orderId: string | undefined) {
  const metadata = intent.metadata ?? {}
  return {
    ...mirror,
    payment_intent_id: intent.id,
    stripe_account_id: null,
    merchant_id: null,
    split: "separate_charges",
    source: "storefront" as const,
    application_fee_amount: 0,
    order_id: orderId ?? null,
    payment_session_id: metadata.session_id ?? null,
    customer_email: intent.receipt_email ?? null,
    metadata: null,
  }
}

/** The Medusa order a storefront cart became, once it has (the `order_cart` link), else undefined. */
async function orderOfCart(container: MedusaContainer, cartId: string | undefined): Promise<string | undefined> {
  if (!cartId) {
    return undefined
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order_cart", fields: ["order_id"], filters: { cart_id: cartId } })
  return ((data[0] as Record<string, unknown> | undefined)?.order_id as string | undefined) ?? undefined
}
