import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The audit trail of money actions. Written by hand for the trigger: an entry, once written, can be neither
 * changed nor deleted, whatever code holds a connection (TRUNCATE, which test set-ups use, is not a row delete).
 */
export class Migration20261207003500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_audit_entry" ("id" text not null, "action" text check ("action" in ('payment.create', 'payment.capture', 'payment.refund', 'transfer.create', 'transfer.reverse', 'payout.create', 'payout_schedule.update', 'fee_configuration.update', 'role.grant', 'role.revoke', 'invoice.send', 'invoice.void', 'invoice.refund', 'pay_link.create')) not null, "resource_type" text check ("resource_type" in ('payment', 'transfer', 'payout', 'account', 'fee_configuration', 'role_assignment', 'invoice', 'pay_link')) not null, "resource_id" text null, "merchant_id" text null, "account_id" text null, "amount" integer null, "currency" text null, "actor_id" text not null, "actor_type" text not null, "actor_roles" text[] not null default '{}', "idempotency_key" text null, "outcome" text check ("outcome" in ('succeeded', 'failed')) not null, "error_code" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_audit_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_audit_entry_resource" ON "stripe_connect_audit_entry" ("resource_type", "resource_id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_audit_entry_merchant_id" ON "stripe_connect_audit_entry" ("merchant_id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_audit_entry_actor_id" ON "stripe_connect_audit_entry" ("actor_id");`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_audit_entry_deleted_at" ON "stripe_connect_audit_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create or replace function "stripe_connect_audit_entry_refuse_change"() returns trigger language plpgsql as $$ begin raise exception 'stripe_connect_audit_entry rows cannot be changed or deleted'; end $$;`
    )
    this.addSql(
      `create trigger "stripe_connect_audit_entry_append_only" before update or delete on "stripe_connect_audit_entry" for each row execute function "stripe_connect_audit_entry_refuse_change"();`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_audit_entry" cascade;`)
    this.addSql(`drop function if exists "stripe_connect_audit_entry_refuse_change"();`)
  }
}
