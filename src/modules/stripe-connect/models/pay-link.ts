import { model } from "@medusajs/framework/utils"

/**
 * A pay link for a Medusa order: a Stripe Checkout Session on an integration's connected account for the order's
 * outstanding amount (integer minor units). `status` is open, completed or expired, kept current by
 * `checkout.session.completed` / `checkout.session.expired`. The link lives at Stripe, so it keeps working after
 * the integration is disconnected; only new links are refused then.
 */
const StripeConnectPayLink = model
  .define(
    { name: "StripeConnectPayLink", tableName: "stripe_connect_pay_link" },
    {
      id: model.id({ prefix: "scplink" }).primaryKey(),
      checkout_session_id: model.text(),
      integration_id: model.text(),
      merchant_id: model.text().nullable(),
      stripe_account_id: model.text(),
      order_id: model.text(),
      order_display_id: model.number().nullable(),
      url: model.text(),
      amount: model.number(),
      currency: model.text(),
      status: model.text().default("open"),
      expires_at: model.dateTime(),
      completed_at: model.dateTime().nullable(),
      expired_at: model.dateTime().nullable(),
      stripe_payment_intent_id: model.text().nullable(),
      last_stripe_event_at: model.dateTime().nullable(),
      created_by: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_pay_link_checkout_session_id",
      on: ["checkout_session_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_stripe_connect_pay_link_order_id", on: ["order_id", "created_at"], where: "deleted_at IS NULL" },
  ])

export default StripeConnectPayLink
