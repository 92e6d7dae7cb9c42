import { model } from "@medusajs/framework/utils"

/**
 * One line of a Stripe balance (docs/api.md#reconciliation), copied from `GET /v1/balance_transactions` of the
 * platform (`stripe_account_id` null) or of a connected account. Integer minor units as Stripe gives them:
 * `net = amount - fee`; `exchange_rate` is Stripe's when the line was converted. `payout_id` is the payout that
 * settled the line (an automatic payout's lines, as Stripe's `payout` filter lists them) or, for a payout's own
 * line, that payout. Lines are written once and never changed by the sync, except to attribute them to a payout
 * and to record what the matching found: `match_kind` (payment, application_fee, refund, transfer, ...; null while
 * nothing explains the line), the plugin record (`match_record_id`) and the Medusa order (`match_order_id`).
 * `source_link_id` is the object the source belongs to, read from the expanded source when the line was copied:
 * a charge's payment intent, a destination payment's transfer, a transfer's source charge, a reversal's transfer,
 * an application fee's charge, a fee refund's fee, a refund's charge (or its transfer reversal).
 */
const StripeConnectBalanceTransaction = model
  .define(
    { name: "StripeConnectBalanceTransaction", tableName: "stripe_connect_balance_transaction" },
    {
      id: model.id({ prefix: "scbt" }).primaryKey(),
      balance_transaction_id: model.text(),
      stripe_account_id: model.text().nullable(),
      type: model.text(),
      reporting_category: model.text(),
      amount: model.number(),
      fee: model.number(),
      net: model.number(),
      currency: model.text(),
      // The migration makes this column double precision (a float's `real` rounds Stripe's rates); keep it so.
      exchange_rate: model.float().nullable(),
      source_id: model.text().nullable(),
      source_type: model.text().nullable(),
      payout_id: model.text().nullable(),
      available_on: model.dateTime(),
      created: model.dateTime(),
      status: model.text(),
      source_link_id: model.text().nullable(),
      match_kind: model.text().nullable(),
      match_record_id: model.text().nullable(),
      match_order_id: model.text().nullable(),
      matched_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    { name: "IDX_stripe_connect_balance_transaction_txn", on: ["balance_transaction_id"], unique: true },
    { name: "IDX_stripe_connect_balance_transaction_account_created", on: ["stripe_account_id", "created"] },
    {
      name: "IDX_stripe_connect_balance_transaction_payout",
      on: ["payout_id"],
      where: "deleted_at IS NULL AND payout_id IS NOT NULL",
    },
    { name: "IDX_stripe_connect_balance_transaction_source", on: ["source_id"], where: "deleted_at IS NULL" },
    {
      name: "IDX_stripe_connect_balance_transaction_source_link",
      on: ["source_link_id"],
      where: "deleted_at IS NULL",
    },
    {
      name: "IDX_stripe_connect_balance_transaction_unmatched",
      on: ["stripe_account_id", "id"],
      where: "deleted_at IS NULL AND match_kind IS NULL",
    },
    { name: "IDX_stripe_connect_balance_transaction_order", on: ["match_order_id"], where: "deleted_at IS NULL" },
  ])

export default StripeConnectBalanceTransaction
