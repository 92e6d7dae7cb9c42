import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123104721 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_dispute" ("id" text not null, "dispute_id" text not null, "payment_intent_id" text null, "charge_id" text null, "stripe_account_id" text null, "merchant_id" text null, "amount" integer not null, "currency" text not null, "reason" text not null, "status" text not null, "evidence_due_by" timestamptz null, "staged_evidence" jsonb null, "submitted_at" timestamptz null, "stripe_created_at" timestamptz not null, "last_stripe_event_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_dispute_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_dispute_deleted_at" ON "stripe_connect_dispute" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_dispute_dispute_id" ON "stripe_connect_dispute" ("dispute_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_dispute_payment_intent" ON "stripe_connect_dispute" ("payment_intent_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_dispute_account_status" ON "stripe_connect_dispute" ("stripe_account_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_payout" ("id" text not null, "payout_id" text not null, "stripe_account_id" text not null, "merchant_id" text null, "amount" integer not null, "currency" text not null, "status" text not null, "method" text not null, "arrival_date" text null, "failure_code" text null, "failure_message" text null, "request_id" text null, "last_stripe_event_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_payout_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_payout_deleted_at" ON "stripe_connect_payout" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_payout_payout_id" ON "stripe_connect_payout" ("payout_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_payout_account_status" ON "stripe_connect_payout" ("stripe_account_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_transfer" ("id" text not null, "transfer_id" text not null, "stripe_account_id" text not null, "merchant_id" text not null, "order_id" text null, "source_transaction" text null, "currency" text not null, "amount" integer not null, "amount_reversed" integer not null default 0, "description" text null, "status" text not null, "arrival_date" text null, "request_id" text not null, "created_by" text null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_transfer_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_transfer_deleted_at" ON "stripe_connect_transfer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_transfer_transfer_id" ON "stripe_connect_transfer" ("transfer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_transfer_account" ON "stripe_connect_transfer" ("stripe_account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_transfer_order_id" ON "stripe_connect_transfer" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_transfer_merchant_id" ON "stripe_connect_transfer" ("merchant_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_dispute" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_payout" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_transfer" cascade;`)
  }
}
