import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { PaymentInput, PaymentRow } from "../types"
import { newEntityIds } from "../webhooks/entity-ids"
import { StripeConnectError } from "../errors/stripe-connect-error"
import { PAYMENT_TABLE } from "./record-tables"

/**
 * Stores a payment unless one is stored for its payment intent already (a retried request, or its webhook first),
 * in one statement; answers the stored row with `inserted: false` then.
 */
export async function insertPaymentIfAbsent(
  knex: Knex,
  data: PaymentInput
): Promise<{ row: PaymentRow; inserted: boolean }> {
  const [id] = newEntityIds("scpay", 1)
  const [inserted] = await knex(PAYMENT_TABLE)
    .insert({ ...data, id })
    .onConflict(knex.raw(`("payment_intent_id") where deleted_at is null`))
    .ignore()
    .returning("*")
  if (inserted) {
    return { row: inserted as PaymentRow, inserted: true }
  }
  const stored = await knex(PAYMENT_TABLE)
    .first("*")
    .where({ payment_intent_id: data.payment_intent_id })
    .whereNull("deleted_at")
  if (!stored) {
    // The row that refused this one was removed in between (a failed run's compensation): the client may retry.
    throw new StripeConnectError("conflict", `The payment of ${data.payment_intent_id} is being changed; retry`)
  }
  return { row: stored as PaymentRow, inserted: false }
}
