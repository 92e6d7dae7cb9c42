import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Reconciliation: what explains each ledger line (`match_*`, and `source_link_id` read from the expanded source)
 * and the mismatches found (one per `dedup_key`).
 */
export class Migration20261207052216 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_reconciliation_mismatch" ("id" text not null, "dedup_key" text not null, "reason" text check ("reason" in ('unknown_charge', 'missing_stripe_line', 'amount_mismatch', 'fee_mismatch', 'refund_not_recorded')) not null, "state" text check ("state" in ('open', 'explained', 'resolved')) not null default 'open', "note" text null, "balance_transaction_id" text null, "record_kind" text null, "record_id" text null, "order_id" text null, "stripe_account_id" text null, "currency" text null, "expected_amount" integer null, "actual_amount" integer null, "detected_at" timestamptz not null, "updated_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_reconciliation_mismatch_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_reconciliation_mismatch_deleted_at" ON "stripe_connect_reconciliation_mismatch" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_reconciliation_mismatch_dedup" ON "stripe_connect_reconciliation_mismatch" ("dedup_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_reconciliation_mismatch_state" ON "stripe_connect_reconciliation_mismatch" ("state", "reason", "detected_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_reconciliation_mismatch_account" ON "stripe_connect_reconciliation_mismatch" ("stripe_account_id", "state") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "stripe_connect_balance_transaction" add column if not exists "source_link_id" text null, add column if not exists "match_kind" text null, add column if not exists "match_record_id" text null, add column if not exists "match_order_id" text null, add column if not exists "matched_at" timestamptz null;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_balance_transaction_source" ON "stripe_connect_balance_transaction" ("source_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_balance_transaction_unmatched" ON "stripe_connect_balance_transaction" ("stripe_account_id", "id") WHERE deleted_at IS NULL AND match_kind IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_balance_transaction_order" ON "stripe_connect_balance_transaction" ("match_order_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_reconciliation_mismatch" cascade;`)

    this.addSql(`drop index if exists "IDX_stripe_connect_balance_transaction_source";`)
    this.addSql(`drop index if exists "IDX_stripe_connect_balance_transaction_unmatched";`)
    this.addSql(`drop index if exists "IDX_stripe_connect_balance_transaction_order";`)
    this.addSql(
      `alter table if exists "stripe_connect_balance_transaction" drop column if exists "source_link_id", drop column if exists "match_kind", drop column if exists "match_record_id", drop column if exists "match_order_id", drop column if exists "matched_at";`
    )
  }
}
