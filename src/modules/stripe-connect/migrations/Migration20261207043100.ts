import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Seller split records of multi-seller charges and their transfers (docs/api.md#seller-transfers). */
export class Migration20261207043100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table if not exists "stripe_connect_seller_transfer" (
      "id" text not null,
      "payment_intent_id" text not null,
      "charge_id" text null,
      "transfer_group" text null,
      "order_id" text null,
      "stripe_account_id" text not null,
      "merchant_id" text not null,
      "currency" text not null,
      "items_amount" integer not null default 0,
      "items_tax_amount" integer not null default 0,
      "shipping_amount" integer not null default 0,
      "shipping_tax_amount" integer not null default 0,
      "discount_amount" integer not null default 0,
      "tax_amount" integer not null default 0,
      "charged_amount" integer not null default 0,
      "tax_kept_amount" integer not null default 0,
      "fee_amount" integer not null default 0,
      "stripe_fee_amount" integer not null default 0,
      "transfer_amount" integer not null default 0,
      "refunded_amount" integer not null default 0,
      "fee_refunded_amount" integer not null default 0,
      "reversal_due_amount" integer not null default 0,
      "amount_reversed" integer not null default 0,
      "reversal_attempts" integer not null default 0,
      "status" text not null,
      "transfer_id" text null,
      "failure_message" text null,
      "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(),
      "deleted_at" timestamptz null,
      constraint "stripe_connect_seller_transfer_pkey" primary key ("id")
    );`)
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_seller_transfer_intent_account" ON "stripe_connect_seller_transfer" ("payment_intent_id", "stripe_account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_seller_transfer_order_id" ON "stripe_connect_seller_transfer" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_seller_transfer_status" ON "stripe_connect_seller_transfer" ("status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_seller_transfer_deleted_at" ON "stripe_connect_seller_transfer" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_seller_transfer" cascade;`)
  }
}
