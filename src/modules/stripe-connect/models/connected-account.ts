import { model } from "@medusajs/framework/utils"
import { CONNECTED_ACCOUNT_STATUSES, CONNECTED_ACCOUNT_TYPES, STRIPE_MODES } from "../../../shared/types/accounts"

/**
 * A Stripe connected account the platform created for a merchant (docs/api.md#create-connected-account). The
 * columns mirror Stripe's account object; `status` is derived from them by `deriveAccountStatus`. A merchant has
 * at most one account per mode (test/live, from the platform key), enforced by a unique index.
 * `last_stripe_event_at` is the `created` time of the newest Stripe event applied, so older events are skipped.
 */
const ConnectedAccount = model
  .define(
    { name: "ConnectedAccount", tableName: "stripe_connect_account" },
    {
      id: model.id({ prefix: "scacct" }).primaryKey(),
      stripe_account_id: model.text().searchable(),
      merchant_id: model.text().searchable(),
      mode: model.enum([...STRIPE_MODES]),
      type: model.enum([...CONNECTED_ACCOUNT_TYPES]),
      country: model.text().nullable(),
      email: model.text().nullable(),
      business_type: model.text().nullable(),
      business_profile: model.json().nullable(),
      /** What was asked of Stripe, e.g. { card_payments: true, transfers: true }. */
      requested_capabilities: model.json().nullable(),
      /** Stripe's capability statuses, e.g. { card_payments: "active" }. */
      capabilities: model.json().default({}),
      requirements: model.json().nullable(),
      charges_enabled: model.boolean().default(false),
      payouts_enabled: model.boolean().default(false),
      details_submitted: model.boolean().default(false),
      status: model.enum([...CONNECTED_ACCOUNT_STATUSES]).default("pending"),
      payout_schedule: model.json().nullable(),
      /** Stripe's `controller` properties (fees payer, losses, dashboard, requirement collection). */
      controller: model.json().nullable(),
      last_stripe_event_at: model.dateTime().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_account_merchant_mode",
      on: ["merchant_id", "mode"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_account_stripe_account_id",
      on: ["stripe_account_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_account_status",
      on: ["status"],
      where: "deleted_at IS NULL",
    },
  ])

export default ConnectedAccount
