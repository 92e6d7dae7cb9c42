import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A won dispute's transfer back to a seller is recorded (`restore_status`) and retried by the seller retry job, with
 * a new attempt number in its key only after Stripe refused it (`restore_attempts`) (docs/api.md#seller-disputes).
 */
export class Migration20261208190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_seller_transfer" add column if not exists "restore_status" text null, add column if not exists "restore_attempts" integer not null default 0;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_seller_transfer" drop column if exists "restore_status", drop column if exists "restore_attempts";`
    )
  }
}
