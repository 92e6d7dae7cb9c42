import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Money movements written before their Stripe call (transfers, refunds, payouts, captures), for crash recovery. */
export class Migration20261206224500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_money_intent" ("id" text not null, "kind" text check ("kind" in ('transfer', 'refund', 'payout', 'capture')) not null, "stripe_idempotency_key" text not null, "stripe_account_id" text null, "target_id" text null, "amount" integer not null, "currency" text null, "params" jsonb not null, "context" jsonb not null, "status" text check ("status" in ('pending', 'completed')) not null default 'pending', "stripe_object_id" text null, "attempts" integer not null default 1, "last_error" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_money_intent_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_money_intent_deleted_at" ON "stripe_connect_money_intent" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_money_intent_key" ON "stripe_connect_money_intent" ("stripe_idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_money_intent_status" ON "stripe_connect_money_intent" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_money_intent" cascade;`)
  }
}
