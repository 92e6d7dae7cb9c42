import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Multi-seller charges checked once by reconciliation (docs/api.md#matching): when each was last checked, so a sync
 * checks only the charges that are new or changed since.
 */
export class Migration20261208180000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_payment" add column if not exists "split_checked_at" timestamptz null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_payment" drop column if exists "split_checked_at";`)
  }
}
