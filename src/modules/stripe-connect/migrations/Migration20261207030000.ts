import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The ledger of Stripe balance transactions and the sync's cursor per balance (docs/api.md#reconciliation). */
export class Migration20261207030000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_balance_transaction" ("id" text not null, "balance_transaction_id" text not null, "stripe_account_id" text null, "type" text not null, "reporting_category" text not null, "amount" integer not null, "fee" integer not null, "net" integer not null, "currency" text not null, "exchange_rate" double precision null, "source_id" text null, "source_type" text null, "payout_id" text null, "available_on" timestamptz not null, "created" timestamptz not null, "status" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_balance_transaction_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_balance_transaction_txn" ON "stripe_connect_balance_transaction" ("balance_transaction_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_balance_transaction_account_created" ON "stripe_connect_balance_transaction" ("stripe_account_id", "created") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_balance_transaction_payout" ON "stripe_connect_balance_transaction" ("payout_id") WHERE deleted_at IS NULL AND payout_id IS NOT NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_balance_transaction_deleted_at" ON "stripe_connect_balance_transaction" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "stripe_connect_ledger_cursor" ("id" text not null, "scope" text not null, "last_created" timestamptz null, "last_balance_transaction_id" text null, "synced_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_ledger_cursor_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_ledger_cursor_scope" ON "stripe_connect_ledger_cursor" ("scope") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_ledger_cursor_deleted_at" ON "stripe_connect_ledger_cursor" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_balance_transaction" cascade;`)
    this.addSql(`drop table if exists "stripe_connect_ledger_cursor" cascade;`)
  }
}
