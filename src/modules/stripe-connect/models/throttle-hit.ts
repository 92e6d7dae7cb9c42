import { model } from "@medusajs/framework/utils"

/**
 * One accepted request against a throttled action (the invoice refund route): who and when. The throttle counts
 * these rows in a sliding window, so the limit holds across several app instances sharing the database. Rows
 * older than the window are deleted as new ones arrive.
 */
const StripeConnectThrottleHit = model
  .define(
    { name: "StripeConnectThrottleHit", tableName: "stripe_connect_throttle_hit" },
    {
      id: model.id({ prefix: "scthr" }).primaryKey(),
      bucket: model.text(),
      actor_id: model.text(),
      hit_at: model.dateTime(),
    }
  )
  .indexes([{ name: "IDX_stripe_connect_throttle_hit_bucket_actor", on: ["bucket", "actor_id", "hit_at"] }])

export default StripeConnectThrottleHit
