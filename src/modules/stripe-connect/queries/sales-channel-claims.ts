import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { SalesChannelAccount } from "../models"

const TABLE = SalesChannelAccount.parse().tableName

export type SalesChannelOwner = { sales_channel_id: string; connected_account_id: string }

/**
 * Claims the channels for the account in one INSERT: the unique index on `sales_channel_id` lets a row in only
 * where the channel has no owner (a concurrent claim waits for the other transaction and then finds its row).
 * Answers the channels this call claimed and the current owner of every channel asked for.
 */
export async function insertSalesChannelClaims(
  knex: Knex,
  account: { connected_account_id: string; merchant_id: string },
  salesChannelIds: string[]
): Promise<{ claimed: string[]; owners: SalesChannelOwner[] }> {
  const rows = salesChannelIds.map((salesChannelId) => ({
    id: generateEntityId(undefined, "scsca"),
    sales_channel_id: salesChannelId,
    connected_account_id: account.connected_account_id,
    merchant_id: account.merchant_id,
  }))
  const insert = knex(TABLE).insert(rows).toSQL()
  const { rows: inserted } = (await knex.raw(
    `${insert.sql} ON CONFLICT (sales_channel_id) WHERE deleted_at IS NULL DO NOTHING RETURNING sales_channel_id`,
    insert.bindings as Knex.RawBinding[]
  )) as { rows: { sales_channel_id: string }[] }
  const owners = (await knex(TABLE)
    .select("sales_channel_id", "connected_account_id")
    .whereIn("sales_channel_id", salesChannelIds)
    .whereNull("deleted_at")) as SalesChannelOwner[]
  return { claimed: inserted.map((row) => row.sales_channel_id), owners }
}

/** Gives up the account's claim on the channels; answers the channels it owned. */
export async function deleteSalesChannelClaims(
  knex: Knex,
  connectedAccountId: string,
  salesChannelIds: string[]
): Promise<string[]> {
  const deleted = (await knex(TABLE)
    .where({ connected_account_id: connectedAccountId })
    .whereIn("sales_channel_id", salesChannelIds)
    .delete()
    .returning("sales_channel_id")) as { sales_channel_id: string }[]
  return deleted.map((row) => row.sales_channel_id)
}
