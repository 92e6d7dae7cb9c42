import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Webhook bounds (docs/api.md#webhook-events): a verified event is stored whatever its content. The raw body is
 * kept as text in `payload_raw` (jsonb cannot hold `\u0000`, so one such event used to fail its whole insert);
 * `payload_encoding` says `base64` for the rare body text cannot hold (a NUL byte, never valid JSON). `payload`
 * stays for the rows stored before. A new status `rejected` marks verified events that are not applied.
 */
export class Migration20261206230000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_webhook_event" alter column "payload" drop not null;`)
    this.addSql(
      `alter table if exists "stripe_connect_webhook_event" add column if not exists "payload_raw" text null, add column if not exists "payload_encoding" text check ("payload_encoding" in ('utf8', 'base64')) not null default 'utf8';`
    )
    this.addSql(
      `alter table if exists "stripe_connect_webhook_event" drop constraint if exists "stripe_connect_webhook_event_status_check";`
    )
    this.addSql(
      `alter table if exists "stripe_connect_webhook_event" add constraint "stripe_connect_webhook_event_status_check" check ("status" in ('pending', 'processing', 'processed', 'failed', 'ignored', 'rejected'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_webhook_event" drop constraint if exists "stripe_connect_webhook_event_status_check";`
    )
    this.addSql(
      `alter table if exists "stripe_connect_webhook_event" add constraint "stripe_connect_webhook_event_status_check" check ("status" in ('pending', 'processing', 'processed', 'failed', 'ignored'));`
    )
    this.addSql(
      `alter table if exists "stripe_connect_webhook_event" drop column if exists "payload_raw", drop column if exists "payload_encoding";`
    )
  }
}
