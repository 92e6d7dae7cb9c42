import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The lease of a webhook event's claim: which processing run holds it (`claim_token`) and until when
 * (`lease_expires_at`, renewed while the run lasts). An event whose worker died is claimed again once its lease ran
 * out, by whichever worker gets to it first.
 */
export class Migration20261208090000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_webhook_event" add column if not exists "claim_token" text null, add column if not exists "lease_expires_at" timestamptz null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_webhook_event" drop column if exists "claim_token", drop column if exists "lease_expires_at";`
    )
  }
}
