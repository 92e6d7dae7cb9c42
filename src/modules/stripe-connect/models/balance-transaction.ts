import { model } from "@medusajs/framework/utils"

/**
 * One line of a Stripe balance (docs/api.md#reconciliation), copied from `GET /v1/balance_transactions` of the
 * platform (`stripe_account_id` null) or of a connected account. Integer minor units as Stripe gives them:
 * `net = amount - fee`; `exchange_rate` is Stripe's when the line was converted. `payout_id` is the payout that
 * settled the line (an automatic payout's lines, as Stripe's `payout` filter lists them) or, for a payout's own
 * line, that payout. Lines are written once and never changed by the sync, except to attribute them to a payout.
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
  ])

export default StripeConnectBalanceTransaction
