import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123100612 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_account" ("id" text not null, "stripe_account_id" text not null, "merchant_id" text not null, "mode" text check ("mode" in ('test', 'live')) not null, "type" text check ("type" in ('standard', 'express', 'custom')) not null, "country" text null, "email" text null, "business_type" text null, "business_profile" jsonb null, "requested_capabilities" jsonb null, "capabilities" jsonb not null default '{}', "requirements" jsonb null, "charges_enabled" boolean not null default false, "payouts_enabled" boolean not null default false, "details_submitted" boolean not null default false, "status" text check ("status" in ('pending', 'active', 'restricted', 'disabled')) not null default 'pending', "payout_schedule" jsonb null, "last_stripe_event_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_account_deleted_at" ON "stripe_connect_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_account_merchant_mode" ON "stripe_connect_account" ("merchant_id", "mode") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_account_stripe_account_id" ON "stripe_connect_account" ("stripe_account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_account_status" ON "stripe_connect_account" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_integration" ("id" text not null, "name" text not null, "mode" text check ("mode" in ('test', 'live')) not null, "merchant_id" text null, "status" text check ("status" in ('pending', 'connected', 'disconnected')) not null default 'pending', "stripe_account_id" text null, "access_token_sealed" text null, "refresh_token_sealed" text null, "stripe_publishable_key" text null, "scope" text null, "livemode" boolean null, "capabilities" jsonb null, "account_snapshot" jsonb null, "connected_at" timestamptz null, "connected_by" text null, "disconnected_at" timestamptz null, "disconnect_reason" text null, "last_stripe_event_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_integration_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_integration_deleted_at" ON "stripe_connect_integration" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_integration_merchant_id" ON "stripe_connect_integration" ("merchant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_integration_stripe_account_id" ON "stripe_connect_integration" ("stripe_account_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stripe_connect_oauth_state" ("id" text not null, "state_hash" text not null, "integration_id" text not null, "actor_id" text not null, "expires_at" timestamptz not null, "used_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_oauth_state_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_oauth_state_deleted_at" ON "stripe_connect_oauth_state" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_oauth_state_state_hash" ON "stripe_connect_oauth_state" ("state_hash") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_account" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_integration" cascade;`)

    this.addSql(`drop table if exists "stripe_connect_oauth_state" cascade;`)
  }
}
