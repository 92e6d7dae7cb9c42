import { model } from "@medusajs/framework/utils"

/**
 * One OAuth `state` handed out by `POST /integrations/:id/authorize`. Only a SHA-256 hash of the state is stored;
 * it is bound to the integration and the admin who started the flow, expires after ten minutes and can be used
 * once (`used_at`).
 */
const OAuthState = model
  .define(
    { name: "OAuthState", tableName: "stripe_connect_oauth_state" },
    {
      id: model.id({ prefix: "scoas" }).primaryKey(),
      state_hash: model.text(),
      integration_id: model.text(),
      actor_id: model.text(),
      expires_at: model.dateTime(),
      used_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_oauth_state_state_hash",
      on: ["state_hash"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])

export default OAuthState
