import { model } from "@medusajs/framework/utils"

/**
 * Which connected account sells through a Medusa sales channel: the record that decides a channel's owner (and so
 * the merchant an order of that channel belongs to). A channel has at most one row, enforced by a unique index, so
 * claiming a channel is one INSERT that either wins or finds the owner (`claimSalesChannels`). The module link
 * `connected_account <-> sales_channel` mirrors these rows for queries through the channel.
 */
const SalesChannelAccount = model
  .define(
    { name: "SalesChannelAccount", tableName: "stripe_connect_sales_channel_account" },
    {
      id: model.id({ prefix: "scsca" }).primaryKey(),
      sales_channel_id: model.text(),
      connected_account_id: model.text(),
      merchant_id: model.text(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_sales_channel_account_channel",
      on: ["sales_channel_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_sales_channel_account_account",
      on: ["connected_account_id"],
      where: "deleted_at IS NULL",
    },
  ])

export default SalesChannelAccount
