import { model } from "@medusajs/framework/utils"

/**
 * How far the ledger sync has read one balance (`scope`: `platform` or a connected account's id): the `created`
 * time and id of the newest line stored. The next catch-up lists from that second on (`created[gte]`), so a line
 * created in the same second is not missed; lines stored already are skipped.
 */
const StripeConnectLedgerCursor = model
  .define(
    { name: "StripeConnectLedgerCursor", tableName: "stripe_connect_ledger_cursor" },
    {
      id: model.id({ prefix: "sclc" }).primaryKey(),
      scope: model.text(),
      last_created: model.dateTime().nullable(),
      last_balance_transaction_id: model.text().nullable(),
      synced_at: model.dateTime().nullable(),
    }
  )
  .indexes([{ name: "IDX_stripe_connect_ledger_cursor_scope", on: ["scope"], unique: true }])

export default StripeConnectLedgerCursor
