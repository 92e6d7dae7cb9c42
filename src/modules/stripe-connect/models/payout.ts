import { model } from "@medusajs/framework/utils"

/**
 * A payout from a connected account's Stripe balance to its bank (docs/api.md#payouts), recorded when the plugin
 * requests one and kept current by the `payout.*` webhooks. Integer minor units; `status` is Stripe's
 * (pending, in_transit, paid, failed, canceled). `last_stripe_event_at` is the `created` time of the newest
 * Stripe event applied, so an older event never overwrites a newer status.
 */
const StripeConnectPayout = model
  .define(
    { name: "StripeConnectPayout", tableName: "stripe_connect_payout" },
    {
      id: model.id({ prefix: "scpo" }).primaryKey(),
      payout_id: model.text().searchable(),
      stripe_account_id: model.text(),
      merchant_id: model.text().nullable(),
      amount: model.number(),
      currency: model.text(),
      status: model.text(),
      method: model.text(),
      arrival_date: model.text().nullable(),
      failure_code: model.text().nullable(),
      failure_message: model.text().nullable(),
      request_id: model.text().nullable(),
      last_stripe_event_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    { name: "IDX_stripe_connect_payout_payout_id", on: ["payout_id"], unique: true, where: "deleted_at IS NULL" },
    {
      name: "IDX_stripe_connect_payout_account_status",
      on: ["stripe_account_id", "status"],
      where: "deleted_at IS NULL",
    },
  ])

export default StripeConnectPayout
