import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123094119 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_role_assignment" ("id" text not null, "actor_id" text not null, "actor_type" text check ("actor_type" in ('user', 'api-key')) not null default 'user', "role" text check ("role" in ('pos_staff', 'payment_admin', 'tenant_admin', 'platform_admin', 'system_admin', 'super_admin', 'integration_admin', 'manager', 'admin', 'power_user')) not null, "merchant_ids" text[] null, "granted_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_role_assignment_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_role_assignment_deleted_at" ON "stripe_connect_role_assignment" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_role_assignment_actor_role" ON "stripe_connect_role_assignment" ("actor_id", "role") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_role_assignment" cascade;`)
  }
}
