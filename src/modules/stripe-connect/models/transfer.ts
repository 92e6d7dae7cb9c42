import { model } from "@medusajs/framework/utils"

/**
 * A transfer the plugin made from the platform balance to a connected account (docs/api.md#create-transfer).
 * Mirrors Stripe's transfer in integer minor units; `amount_reversed` follows Stripe after each reversal.
 * `status` is the plugin's view of the funds on the connected account (see `transferStatus`), and
 * `arrival_date` (YYYY-MM-DD, UTC) is when they become available there.
 */
const StripeConnectTransfer = model
  .define(
    { name: "StripeConnectTransfer", tableName: "stripe_connect_transfer" },
    {
      id: model.id({ prefix: "sctr" }).primaryKey(),
      transfer_id: model.text().searchable(),
      stripe_account_id: model.text(),
      merchant_id: model.text(),
      order_id: model.text().nullable(),
      source_transaction: model.text().nullable(),
      currency: model.text(),
      amount: model.number(),
      amount_reversed: model.number().default(0),
      description: model.text().nullable(),
      status: model.text(),
      arrival_date: model.text().nullable(),
      request_id: model.text(),
      created_by: model.text().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    { name: "IDX_stripe_connect_transfer_transfer_id", on: ["transfer_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_stripe_connect_transfer_account", on: ["stripe_account_id"], where: "deleted_at IS NULL" },
    { name: "IDX_stripe_connect_transfer_order_id", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_stripe_connect_transfer_merchant_id", on: ["merchant_id"], where: "deleted_at IS NULL" },
  ])

export default StripeConnectTransfer
