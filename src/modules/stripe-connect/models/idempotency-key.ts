import { model } from "@medusajs/framework/utils"

/**
 * One `Idempotency-Key` an admin client sent (docs/api.md#idempotency): unique per actor (`scope`) and key, with
 * the fingerprint of the request it was first used for (method, route, actor and canonical body). `locked_at` is
 * when a request began to run with it; `response_status` / `response_body` (the JSON text) are its answer, stored
 * when it finished and answered again to a repeat within 24 hours. Rows are pruned by a job.
 */
const StripeConnectIdempotencyKey = model
  .define(
    { name: "StripeConnectIdempotencyKey", tableName: "stripe_connect_idempotency_key" },
    {
      id: model.id({ prefix: "scidem" }).primaryKey(),
      scope: model.text(),
      key: model.text(),
      fingerprint: model.text(),
      method: model.text(),
      path: model.text(),
      locked_at: model.dateTime(),
      response_status: model.number().nullable(),
      response_body: model.text().nullable(),
      completed_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    { name: "IDX_stripe_connect_idempotency_key_scope_key", on: ["scope", "key"], unique: true },
    { name: "IDX_stripe_connect_idempotency_key_created_at", on: ["created_at"] },
  ])

export default StripeConnectIdempotencyKey
