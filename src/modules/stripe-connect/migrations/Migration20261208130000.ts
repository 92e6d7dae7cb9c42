import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Seller transfers: the attempt number of a transfer Stripe refused (its retry's idempotency key), and the
 * dispute of the charge with what it reversed of the seller's transfer and what a won dispute gave back.
 */
export class Migration20261208130000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_seller_transfer" add column if not exists "transfer_attempts" integer not null default 0, add column if not exists "dispute_id" text null, add column if not exists "dispute_reversal_amount" integer not null default 0, add column if not exists "dispute_restored_amount" integer not null default 0, add column if not exists "restore_transfer_id" text null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_seller_transfer" drop column if exists "transfer_attempts", drop column if exists "dispute_id", drop column if exists "dispute_reversal_amount", drop column if exists "dispute_restored_amount", drop column if exists "restore_transfer_id";`
    )
  }
}
