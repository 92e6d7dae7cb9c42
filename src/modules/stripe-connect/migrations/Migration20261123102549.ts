import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123102549 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_fee_configuration" ("id" text not null, "currency_code" text not null, "document" jsonb not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_fee_configuration_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_fee_configuration_deleted_at" ON "stripe_connect_fee_configuration" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_fee_configuration_currency_code" ON "stripe_connect_fee_configuration" ("currency_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_fee_configuration_change" ("id" text not null, "currency_code" text not null, "actor_id" text not null, "actor_type" text not null, "before" jsonb null, "after" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_fee_configuration_change_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_fee_configuration_change_deleted_at" ON "stripe_connect_fee_configuration_change" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_fee_configuration_change_currency_code" ON "stripe_connect_fee_configuration_change" ("currency_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_payment" ("id" text not null, "payment_intent_id" text not null, "stripe_account_id" text not null, "merchant_id" text not null, "source" text check ("source" in ('admin', 'storefront')) not null default 'admin', "order_id" text null, "payment_session_id" text null, "currency" text not null, "amount" integer not null, "application_fee_amount" integer not null default 0, "amount_capturable" integer not null default 0, "amount_captured" integer not null default 0, "amount_refunded" integer not null default 0, "application_fee_id" text null, "application_fee_collected" integer not null default 0, "application_fee_refunded" integer not null default 0, "status" text not null, "latest_charge_id" text null, "transfer_group" text null, "customer_email" text null, "failure_code" text null, "failure_message" text null, "captured_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_payment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_payment_deleted_at" ON "stripe_connect_payment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_payment_payment_intent_id" ON "stripe_connect_payment" ("payment_intent_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_payment_merchant_currency" ON "stripe_connect_payment" ("merchant_id", "currency", "captured_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_payment_order_id" ON "stripe_connect_payment" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_payment_stripe_account_id" ON "stripe_connect_payment" ("stripe_account_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_refund" ("id" text not null, "refund_id" text not null, "amount" integer not null, "currency" text not null, "reason" text null, "status" text not null, "application_fee_refunded" integer not null default 0, "request_id" text null, "created_by" text null, "payment_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_refund_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_refund_payment_id" ON "stripe_connect_refund" ("payment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_refund_deleted_at" ON "stripe_connect_refund" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_refund_refund_id" ON "stripe_connect_refund" ("refund_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "stripe_connect_refund" add constraint "stripe_connect_refund_payment_id_foreign" foreign key ("payment_id") references "stripe_connect_payment" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_refund" drop constraint if exists "stripe_connect_refund_payment_id_foreign";`
    )

    this.addSql(`drop table if exists "stripe_connect_fee_configuration" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_fee_configuration_change" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_payment" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_refund" cascade;`)
  }
}
