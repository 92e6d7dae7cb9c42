import { model } from "@medusajs/framework/utils"
import { INTEGRATION_STATUSES, STRIPE_MODES } from "../../../shared/types/accounts"

/**
 * A Stripe integration instance (docs/api.md#integrations): a placeholder an admin creates, then connects to a
 * merchant's own Stripe account by OAuth. Tokens are stored sealed (AES-256-GCM, `service.sealSecret`) and never leave
 * the module in a response. `account_snapshot` keeps a few fields of the connected account for display.
 */
const StripeIntegration = model
  .define(
    { name: "StripeIntegration", tableName: "stripe_connect_integration" },
    {
      id: model.id({ prefix: "scint" }).primaryKey(),
      name: model.text().searchable(),
      mode: model.enum([...STRIPE_MODES]),
      merchant_id: model.text().nullable(),
      status: model.enum([...INTEGRATION_STATUSES]).default("pending"),
      stripe_account_id: model.text().nullable(),
      access_token_sealed: model.text().nullable(),
      refresh_token_sealed: model.text().nullable(),
      stripe_publishable_key: model.text().nullable(),
      scope: model.text().nullable(),
      livemode: model.boolean().nullable(),
      capabilities: model.json().nullable(),
      account_snapshot: model.json().nullable(),
      connected_at: model.dateTime().nullable(),
      connected_by: model.text().nullable(),
      disconnected_at: model.dateTime().nullable(),
      disconnect_reason: model.text().nullable(),
      last_stripe_event_at: model.dateTime().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    { name: "IDX_stripe_connect_integration_merchant_id", on: ["merchant_id"], where: "deleted_at IS NULL" },
    {
      name: "IDX_stripe_connect_integration_stripe_account_id",
      on: ["stripe_account_id"],
      where: "deleted_at IS NULL",
    },
  ])

export default StripeIntegration
