import { model } from "@medusajs/framework/utils"

/**
 * A money movement the plugin is about to ask Stripe for (a transfer, refund, payout or capture), written before
 * the Stripe call (docs/api.md#crash-safe-money): what is moved (`amount`, `currency`), the exact Stripe
 * parameters, and the Stripe idempotency key, stored once and never recomputed. It stays `pending` until the local
 * record of the Stripe object is written (then `completed`, with `stripe_object_id`). An error Stripe answered
 * deletes it; a timeout or crash leaves it pending, and recovery (the object's webhook and a job) asks Stripe again
 * with the same key and parameters, which answers the object made the first time, and writes the record.
 */
const StripeConnectMoneyIntent = model
  .define(
    { name: "StripeConnectMoneyIntent", tableName: "stripe_connect_money_intent" },
    {
      id: model.id({ prefix: "scmi" }).primaryKey(),
      kind: model.enum(["transfer", "refund", "payout", "capture"]),
      stripe_idempotency_key: model.text(),
      /** The connected account the call is made on (`Stripe-Account`): payouts; null for platform calls. */
      stripe_account_id: model.text().nullable(),
      /** The object the call acts on: the payment intent of a refund or capture. */
      target_id: model.text().nullable(),
      amount: model.number(),
      currency: model.text().nullable(),
      /** The Stripe request's parameters exactly as sent. */
      params: model.json(),
      /** What writing the local record needs (merchant, order, request id, caller, stored payment id...). */
      context: model.json(),
      status: model.enum(["pending", "completed"]).default("pending"),
      stripe_object_id: model.text().nullable(),
      attempts: model.number().default(1),
      last_error: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_money_intent_key",
      on: ["stripe_idempotency_key"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_stripe_connect_money_intent_status", on: ["status", "created_at"], where: "deleted_at IS NULL" },
  ])

export default StripeConnectMoneyIntent
