import { model } from "@medusajs/framework/utils"
import type { InvoiceRefundEntry } from "../types"

/**
 * A Stripe invoice the plugin sent for a Medusa order (docs/api.md#send-invoice), on the connected account of an
 * OAuth-connected integration. Mirrors Stripe in integer minor units and Stripe's names; `status` is the
 * invoice's Stripe status (draft, open, paid, void, uncollectible). `attempt` numbers the sends for one order and
 * integration (soft-deleted rows of failed sends included) and is part of every idempotency key of the send, so a
 * retry after a failure never reuses the keys of an invoice that was rolled back.
 */
const StripeConnectInvoice = model
  .define(
    { name: "StripeConnectInvoice", tableName: "stripe_connect_invoice" },
    {
      id: model.id({ prefix: "scinv" }).primaryKey(),
      stripe_invoice_id: model.text().searchable(),
      integration_id: model.text(),
      merchant_id: model.text().nullable(),
      stripe_account_id: model.text(),
      order_id: model.text(),
      order_display_id: model.number().nullable(),
      attempt: model.number().default(1),
      stripe_customer_id: model.text().nullable(),
      status: model.text(),
      currency: model.text(),
      total: model.number().default(0),
      amount_due: model.number().default(0),
      amount_paid: model.number().default(0),
      amount_remaining: model.number().default(0),
      amount_refunded: model.number().default(0),
      number: model.text().nullable(),
      hosted_invoice_url: model.text().nullable(),
      invoice_pdf: model.text().nullable(),
      stripe_payment_intent_id: model.text().nullable(),
      stripe_charge_id: model.text().nullable(),
      memo: model.text().nullable(),
      days_until_due: model.number().nullable(),
      due_date: model.dateTime().nullable(),
      finalized_at: model.dateTime().nullable(),
      sent_at: model.dateTime().nullable(),
      paid_at: model.dateTime().nullable(),
      voided_at: model.dateTime().nullable(),
      marked_uncollectible_at: model.dateTime().nullable(),
      last_payment_error: model.text().nullable(),
      /** Refunds made through the plugin: `{ refund_id, amount, reason, status, request_id, created_by, created_at }`. */
      refunds: model.json<{ data: InvoiceRefundEntry[] }>().nullable(),
      last_stripe_event_at: model.dateTime().nullable(),
      created_by: model.text().nullable(),
      metadata: model.json().nullable(),
    }
  )
  .indexes([
    {
      name: "IDX_stripe_connect_invoice_stripe_invoice_id",
      on: ["stripe_invoice_id"],
      unique: true,
      where: "deleted_at IS NULL",
    },
    { name: "IDX_stripe_connect_invoice_order_id", on: ["order_id", "created_at"], where: "deleted_at IS NULL" },
    {
      name: "IDX_stripe_connect_invoice_integration_id",
      on: ["integration_id", "created_at"],
      where: "deleted_at IS NULL",
    },
    { name: "IDX_stripe_connect_invoice_charge", on: ["stripe_charge_id"], where: "deleted_at IS NULL" },
    {
      name: "IDX_stripe_connect_invoice_payment_intent",
      on: ["stripe_payment_intent_id"],
      where: "deleted_at IS NULL",
    },
  ])

export default StripeConnectInvoice
