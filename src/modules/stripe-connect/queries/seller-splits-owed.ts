import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { StripeConnectSellerTransfer } from "../models"
import { PAYMENT_TABLE } from "./record-tables"

const SELLER_TRANSFER_TABLE = StripeConnectSellerTransfer.parse().tableName

/** Seller rows with a Stripe write still owed: a transfer not made yet or refused, a reversal refused. */
const OWED_STATUSES = ["pending", "transfer_failed", "reversal_failed"]
/** A won dispute's transfer back to the seller not made yet, or failed. */
const OWED_RESTORES = ["pending", "failed"]

/**
 * The payment intents of multi-seller charges with something still owed to or by their sellers
 * (docs/api.md#seller-transfers-and-reversals), oldest change first, at most `limit`: rows in an owed status or
 * owing a won dispute's transfer back (`restore_status`), and splits still `planned` whose charge the plugin's stored payment shows `succeeded` (the sellers were not paid when
 * the charge was captured, e.g. an automatic capture whose order's creation could not pay them). Planned splits of
 * charges not captured yet are left out, so they never crowd the batch.
 */
export async function readSellerSplitsOwed(knex: Knex, limit: number): Promise<string[]> {
  const result = await knex.raw<{ rows: { payment_intent_id: string }[] }>(
    `SELECT t.payment_intent_id
       FROM "${SELLER_TRANSFER_TABLE}" t
      WHERE t.deleted_at IS NULL
        AND (t.status = ANY(?::text[])
          OR t.restore_status = ANY(?::text[])
          OR (t.status = 'planned' AND EXISTS (
                SELECT 1 FROM "${PAYMENT_TABLE}" p
                 WHERE p.payment_intent_id = t.payment_intent_id AND p.status = 'succeeded' AND p.deleted_at IS NULL)))
      GROUP BY t.payment_intent_id
      ORDER BY MIN(t.updated_at) ASC
      LIMIT ?`,
    [OWED_STATUSES, OWED_RESTORES, limit]
  )
  return result.rows.map((row) => row.payment_intent_id)
}
