import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import { CartItemSeller } from "../models"

const TABLE = CartItemSeller.parse().tableName

export type NewCartItemSeller = {
  cart_id: string
  product_id: string
  connected_account_id: string | null
  stripe_account_id: string | null
  merchant_id: string | null
}

/**
 * Inserts the rows whose (cart, product) has none yet, in one statement; the unique index makes the first row win
 * (a concurrent insert waits for the other transaction and then does nothing). Answers the ids inserted.
 */
export async function insertCartItemSellers(knex: Knex, rows: NewCartItemSeller[]): Promise<string[]> {
  if (!rows.length) {
    return []
  }
  const insert = knex(TABLE)
    .insert(rows.map((row) => ({ id: generateEntityId(undefined, "scis"), ...row })))
    .toSQL()
  const { rows: inserted } = (await knex.raw(
    `${insert.sql} ON CONFLICT (cart_id, product_id) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
    insert.bindings as Knex.RawBinding[]
  )) as { rows: { id: string }[] }
  return inserted.map((row) => row.id)
}
