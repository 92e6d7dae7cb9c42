import { model } from "@medusajs/framework/utils"
import { PAYMENT_SOURCES } from "../../../shared/types/payments"
import type { FeeBasis } from "../../../shared/types/fees"
import StripeConnectRefund from "./refund"

/**
 * A destination charge the plugin created: a Stripe payment intent on the platform whose funds go to a connected
 * account (`stripe_account_id`) minus the platform's application fee. A storefront charge for several sellers
 * (`split` "separate_charges") has no account or merchant of its own: its sellers are paid by transfers
 * (`stripe_connect_seller_transfer`, docs/api.md#seller-transfers). Mirrors Stripe in integer minor units and
 * Stripe's names; `status` is the payment intent's status. Amounts are synchronised from Stripe after each write
 * and on each payment webhook, so Stripe stays the source of truth.
 */
const StripeConnectPayment = model
  .define(
    { name: "StripeConnectPayment", tableName: "stripe_connect_payment" },
    {
      id: model.id({ prefix: "scpay" }).primaryKey(),
      payment_intent_id: model.text().searchable(),
      stripe_account_id: model.text().nullable(),
      merchant_id: model.text().nullable(),
      /** "separate_charges": one platform charge for several sellers; null for a destination charge. */
      split: model.text().nullable(),
      source: model.enum([...PAYMENT_SOURCES]).default("admin"),
      order_id: model.text().nullable(),
      payment_session_id: model.text().nullable(),
      currency: model.text(),
      amount: model.number(),
      /** The fee asked for at creation. */
      application_fee_amount: model.number().default(0),
      /** What that fee was decided from (docs/api.md#fee-basis); null when the plugin did not decide it. */
      fee_basis: model.json<FeeBasis>().nullable(),
      amount_capturable: model.number().default(0),
      amount_captured: model.number().default(0),
      amount_refunded: model.number().default(0),
      application_fee_id: model.text().nullable(),
      /** The fee Stripe collected (the application fee object's amount, after a partial capture). */
      application_fee_collected: model.number().default(0),
      application_fee_refunded: model.number().default(0),
      status: model.text(),
      latest_charge_id: model.text().nullable(),
      transfer_group: model.text().nullable(),
      customer_email: model.text().nullable(),
      failure_code: model.text().nullable(),
      failure_message: model.text().nullable(),
      captured_at: model.dateTime().nullable(),
      /** The status of the newest dispute on this payment (needs_response, under_review, won, lost), null if none. */
      dispute_status: model.text().nullable(),
      /**
       * For a multi-seller charge: when reconciliation last checked its split (docs/api.md#matching); it is checked
       * again once the payment, a seller's part or a transfer line from the charge is newer than this.
       */
      split_checked_at: model.dateTime().nullable(),
      metadata: model.json().nullable(),
      refunds: model.hasMany(() => StripeConnectRefund, { mappedBy: "payment" }),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_payment_payment_intent_id",
      on: ["payment_intent_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_payment_merchant_currency",
      on: ["merchant_id", "currency", "captured_at"],
      where: "deleted_at IS NULL",
    },
    { name: "IDX_stripe_connect_payment_order_id", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_stripe_connect_payment_stripe_account_id", on: ["stripe_account_id"], where: "deleted_at IS NULL" },
  ])

export default StripeConnectPayment
