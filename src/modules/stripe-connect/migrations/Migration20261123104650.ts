import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123104650 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_invoice" ("id" text not null, "stripe_invoice_id" text not null, "integration_id" text not null, "merchant_id" text null, "stripe_account_id" text not null, "order_id" text not null, "order_display_id" integer null, "attempt" integer not null default 1, "stripe_customer_id" text null, "status" text not null, "currency" text not null, "total" integer not null default 0, "amount_due" integer not null default 0, "amount_paid" integer not null default 0, "amount_remaining" integer not null default 0, "amount_refunded" integer not null default 0, "number" text null, "hosted_invoice_url" text null, "invoice_pdf" text null, "stripe_payment_intent_id" text null, "stripe_charge_id" text null, "memo" text null, "days_until_due" integer null, "due_date" timestamptz null, "finalized_at" timestamptz null, "sent_at" timestamptz null, "paid_at" timestamptz null, "voided_at" timestamptz null, "marked_uncollectible_at" timestamptz null, "last_payment_error" text null, "refunds" jsonb null, "last_stripe_event_at" timestamptz null, "created_by" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_invoice_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_invoice_deleted_at" ON "stripe_connect_invoice" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_invoice_stripe_invoice_id" ON "stripe_connect_invoice" ("stripe_invoice_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_invoice_order_id" ON "stripe_connect_invoice" ("order_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_invoice_integration_id" ON "stripe_connect_invoice" ("integration_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_invoice_charge" ON "stripe_connect_invoice" ("stripe_charge_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_invoice_payment_intent" ON "stripe_connect_invoice" ("stripe_payment_intent_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_pay_link" ("id" text not null, "checkout_session_id" text not null, "integration_id" text not null, "merchant_id" text null, "stripe_account_id" text not null, "order_id" text not null, "order_display_id" integer null, "url" text not null, "amount" integer not null, "currency" text not null, "status" text not null default 'open', "expires_at" timestamptz not null, "completed_at" timestamptz null, "expired_at" timestamptz null, "stripe_payment_intent_id" text null, "last_stripe_event_at" timestamptz null, "created_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_pay_link_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_pay_link_deleted_at" ON "stripe_connect_pay_link" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_pay_link_checkout_session_id" ON "stripe_connect_pay_link" ("checkout_session_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_pay_link_order_id" ON "stripe_connect_pay_link" ("order_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_throttle_hit" ("id" text not null, "bucket" text not null, "actor_id" text not null, "hit_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_throttle_hit_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_throttle_hit_deleted_at" ON "stripe_connect_throttle_hit" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_throttle_hit_bucket_actor" ON "stripe_connect_throttle_hit" ("bucket", "actor_id", "hit_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_invoice" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_pay_link" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_throttle_hit" cascade;`)
  }
}
