import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123101903 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_webhook_endpoint" ("id" text not null, "stripe_endpoint_id" text not null, "account_id" text not null, "url" text not null, "secret_sealed" text not null, "enabled_events" text[] not null default '{}', "livemode" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_webhook_endpoint_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_endpoint_deleted_at" ON "stripe_connect_webhook_endpoint" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_endpoint_stripe_endpoint_id" ON "stripe_connect_webhook_endpoint" ("stripe_endpoint_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_endpoint_account_id" ON "stripe_connect_webhook_endpoint" ("account_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_webhook_event" ("id" text not null, "stripe_event_id" text not null, "endpoint" text check ("endpoint" in ('platform', 'connect', 'account')) not null, "account" text null, "account_key" text not null, "type" text not null, "livemode" boolean not null default false, "api_version" text null, "stripe_created_at" timestamptz not null, "payload" jsonb not null, "related_object_ids" text[] not null default '{}', "status" text check ("status" in ('pending', 'processing', 'processed', 'failed', 'ignored')) not null default 'pending', "attempts" integer not null default 0, "last_error" text null, "next_attempt_at" timestamptz null, "processed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_webhook_event_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_event_deleted_at" ON "stripe_connect_webhook_event" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_event_unique_event" ON "stripe_connect_webhook_event" ("stripe_event_id", "account_key");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_event_created_at_id" ON "stripe_connect_webhook_event" ("created_at", "id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_event_type_created_at" ON "stripe_connect_webhook_event" ("type", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_event_status_created_at" ON "stripe_connect_webhook_event" ("status", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_event_account_created_at" ON "stripe_connect_webhook_event" ("account", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_event_related_object_ids" ON "stripe_connect_webhook_event" USING GIN ("related_object_ids") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_webhook_endpoint" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_webhook_event" cascade;`)
  }
}
