import { model } from "@medusajs/framework/utils"

/**
 * A dispute on a charge the plugin made (docs/api.md#disputes). `status` is Stripe's status; the API maps it to
 * needs_response / under_review / won / lost with `mapDisputeStatus`. `staged_evidence` holds evidence sent
 * without `submit` (also already sent to Stripe, which keeps it editable); `submitted_at` is set once the evidence
 * was submitted, after which it can no longer change. Kept current by the `charge.dispute.*` webhooks.
 */
const StripeConnectDispute = model
  .define(
    { name: "StripeConnectDispute", tableName: "stripe_connect_dispute" },
    {
      id: model.id({ prefix: "scdp" }).primaryKey(),
      dispute_id: model.text().searchable(),
      payment_intent_id: model.text().nullable(),
      charge_id: model.text().nullable(),
      stripe_account_id: model.text().nullable(),
      merchant_id: model.text().nullable(),
      amount: model.number(),
      currency: model.text(),
      reason: model.text(),
      status: model.text(),
      evidence_due_by: model.dateTime().nullable(),
      staged_evidence: model.json<Record<string, string>>().nullable(),
      submitted_at: model.dateTime().nullable(),
      stripe_created_at: model.dateTime(),
      last_stripe_event_at: model.dateTime().nullable(),
    }
  )
  .indexes([
    { name: "IDX_stripe_connect_dispute_dispute_id", on: ["dispute_id"], unique: true, where: "deleted_at IS NULL" },
    { name: "IDX_stripe_connect_dispute_payment_intent", on: ["payment_intent_id"], where: "deleted_at IS NULL" },
    {
      name: "IDX_stripe_connect_dispute_account_status",
      on: ["stripe_account_id", "status"],
      where: "deleted_at IS NULL",
    },
  ])

export default StripeConnectDispute
