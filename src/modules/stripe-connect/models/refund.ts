import { model } from "@medusajs/framework/utils"
import StripeConnectPayment from "./payment"

/**
 * A refund of a plugin payment, as Stripe answered it: `refund_id` (re_...), amount in minor units, and the part
 * of the application fee Stripe returned to the connected account with it. `request_id` is the admin request (or
 * webhook) that made it, which is also part of the refund's idempotency key.
 */
const StripeConnectRefund = model
  .define(
    { name: "StripeConnectRefund", tableName: "stripe_connect_refund" },
    {
      id: model.id({ prefix: "scref" }).primaryKey(),
      refund_id: model.text(),
      amount: model.number(),
      currency: model.text(),
      reason: model.text().nullable(),
      status: model.text(),
      application_fee_refunded: model.number().default(0),
      request_id: model.text().nullable(),
      created_by: model.text().nullable(),
      payment: model.belongsTo(() => StripeConnectPayment, { mappedBy: "refunds" }),
    }
  )
  .indexes([
    { name: "IDX_stripe_connect_refund_refund_id", on: ["refund_id"], unique: true, where: "deleted_at IS NULL" },
  ])

export default StripeConnectRefund
