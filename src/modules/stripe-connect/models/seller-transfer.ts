import { model } from "@medusajs/framework/utils"
import type { FeeBasis } from "../../../shared/types/fees"

/**
 * One seller's part of a multi-seller charge ("separate charges and transfers", docs/api.md#seller-transfers): the
 * order's split record per seller and the transfer that pays it. Integer minor units.
 * - `planned`: its items, items' tax, and shares of shipping and discounts are known (checkout); nothing is captured.
 * - `pending`: the charge is captured and the amounts below are decided; the transfer is being made (the row is
 *   written before the Stripe call, whose idempotency key is per payment intent and seller).
 * - `transferred`, `partially_reversed`, `reversed`: Stripe's transfer and its reversals.
 * - `transfer_failed`: Stripe refused the transfer (`failure_message`); retried by a job with the next
 *   `transfer_attempts` in its idempotency key.
 * - `reversal_failed`: Stripe refused a reversal (the seller's balance is short); `reversal_due_amount` minus
 *   `amount_reversed` is the seller's debt, retried by a job.
 * A dispute of the charge (`dispute_id`) reverses `dispute_reversal_amount` (part of `reversal_due_amount`); a won
 * dispute transfers it back (`dispute_restored_amount`, `restore_transfer_id`, `restore_status`).
 */
const StripeConnectSellerTransfer = model
  .define(
    { name: "StripeConnectSellerTransfer", tableName: "stripe_connect_seller_transfer" },
    {
      id: model.id({ prefix: "scst" }).primaryKey(),
      payment_intent_id: model.text(),
      charge_id: model.text().nullable(),
      transfer_group: model.text().nullable(),
      order_id: model.text().nullable(),
      stripe_account_id: model.text(),
      merchant_id: model.text(),
      currency: model.text(),
      items_amount: model.number().default(0),
      items_tax_amount: model.number().default(0),
      shipping_amount: model.number().default(0),
      shipping_tax_amount: model.number().default(0),
      discount_amount: model.number().default(0),
      /** Its items' tax and shipping tax share within its part of the captured amount. */
      tax_amount: model.number().default(0),
      charged_amount: model.number().default(0),
      tax_kept_amount: model.number().default(0),
      fee_amount: model.number().default(0),
      /** What `fee_amount` was decided from at the capture (docs/api.md#fee-basis). */
      fee_basis: model.json<FeeBasis>().nullable(),
      stripe_fee_amount: model.number().default(0),
      transfer_amount: model.number().default(0),
      refunded_amount: model.number().default(0),
      fee_refunded_amount: model.number().default(0),
      /** What refunds and disputes decided to reverse so far (done or owed). */
      reversal_due_amount: model.number().default(0),
      amount_reversed: model.number().default(0),
      reversal_attempts: model.number().default(0),
      /** Transfers Stripe refused so far: the next attempt's number in the idempotency key. */
      transfer_attempts: model.number().default(0),
      dispute_id: model.text().nullable(),
      dispute_reversal_amount: model.number().default(0),
      dispute_restored_amount: model.number().default(0),
      restore_transfer_id: model.text().nullable(),
      /**
       * The won dispute's transfer back: `pending` (decided, being made), `failed` (Stripe refused it or its answer
       * was lost: `failure_message`; retried by the job), `restored`; null when nothing is to be given back.
       */
      restore_status: model.text().nullable(),
      /** Restoring transfers Stripe refused so far: the next attempt's number in the idempotency key. */
      restore_attempts: model.number().default(0),
      status: model.text(),
      transfer_id: model.text().nullable(),
      failure_message: model.text().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_seller_transfer_intent_account",
      on: ["payment_intent_id", "stripe_account_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_stripe_connect_seller_transfer_order_id", on: ["order_id"], where: "deleted_at IS NULL" },
    { name: "IDX_stripe_connect_seller_transfer_status", on: ["status"], where: "deleted_at IS NULL" },
  ])

export default StripeConnectSellerTransfer
