import { model } from "@medusajs/framework/utils"
import { MISMATCH_REASONS, MISMATCH_STATES } from "../../../shared/types/reconciliation"

/**
 * Something the reconciliation found that does not agree (docs/api.md#mismatches): a Stripe line no record explains,
 * a record with no Stripe line, or amounts that differ. `dedup_key` (reason and the line's or record's id) makes
 * detection idempotent: finding the same thing again adds nothing. `expected_amount` is what the plugin's records
 * (or the fee configuration) say, `actual_amount` what Stripe moved, in integer minor units. `state` is open until
 * someone explains it (with a `note`) or resolves it.
 */
const StripeConnectReconciliationMismatch = model
  .define(
    { name: "StripeConnectReconciliationMismatch", tableName: "stripe_connect_reconciliation_mismatch" },
    {
      id: model.id({ prefix: "scrm" }).primaryKey(),
      dedup_key: model.text(),
      reason: model.enum([...MISMATCH_REASONS]),
      state: model.enum([...MISMATCH_STATES]).default("open"),
      note: model.text().nullable(),
      balance_transaction_id: model.text().nullable(),
      record_kind: model.text().nullable(),
      record_id: model.text().nullable(),
      order_id: model.text().nullable(),
      stripe_account_id: model.text().nullable(),
      currency: model.text().nullable(),
      expected_amount: model.number().nullable(),
      actual_amount: model.number().nullable(),
      detected_at: model.dateTime(),
      updated_by: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_reconciliation_mismatch_dedup",
      on: ["dedup_key"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_reconciliation_mismatch_state",
      on: ["state", "reason", "detected_at"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_reconciliation_mismatch_account",
      on: ["stripe_account_id", "state"],
      where: "deleted_at IS NULL",
    },
  ])

export default StripeConnectReconciliationMismatch
