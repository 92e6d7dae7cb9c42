import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The admin clients' Idempotency-Keys (docs/api.md#idempotency): one row per actor and key. */
export class Migration20261206223000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_idempotency_key" ("id" text not null, "scope" text not null, "key" text not null, "fingerprint" text not null, "method" text not null, "path" text not null, "locked_at" timestamptz not null, "response_status" integer null, "response_body" text null, "completed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_idempotency_key_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_idempotency_key_scope_key" ON "stripe_connect_idempotency_key" ("scope", "key");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_idempotency_key_created_at" ON "stripe_connect_idempotency_key" ("created_at");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_idempotency_key_deleted_at" ON "stripe_connect_idempotency_key" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_idempotency_key" cascade;`)
  }
}
