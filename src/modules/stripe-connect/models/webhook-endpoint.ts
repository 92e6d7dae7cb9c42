import { model } from "@medusajs/framework/utils"

/**
 * A webhook endpoint the plugin registered at Stripe on a connected account (an OAuth-connected Stripe
 * integration), delivering to `/hooks/stripe-connect/accounts/:account_id`. Its signing secret is stored sealed
 * (AES-256-GCM, `service.sealSecret`) and only opened to verify deliveries; it never leaves the module.
 */
const WebhookEndpoint = model
  .define("stripe_connect_webhook_endpoint", {
    id: model.id({ prefix: "scwhep" }).primaryKey(),
    stripe_endpoint_id: model.text(),
    account_id: model.text(),
    url: model.text(),
    secret_sealed: model.text(),
    enabled_events: model.array().default([]),
    livemode: model.boolean().default(false),
  })
  .indexes([
    {
      name: "IDX_stripe_connect_webhook_endpoint_stripe_endpoint_id",
      on: ["stripe_endpoint_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_stripe_connect_webhook_endpoint_account_id", on: ["account_id"], where: "deleted_at IS NULL" },
  ])

export default WebhookEndpoint
