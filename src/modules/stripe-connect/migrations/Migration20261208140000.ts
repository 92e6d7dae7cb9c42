import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * A storefront charge for several sellers is a plugin payment too (docs/api.md#seller-transfers): it has no account
 * or merchant of its own, and `split` says so.
 */
export class Migration20261208140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_payment" add column if not exists "split" text null;`)
    this.addSql(`alter table if exists "stripe_connect_payment" alter column "stripe_account_id" drop not null;`)
    this.addSql(`alter table if exists "stripe_connect_payment" alter column "merchant_id" drop not null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_payment" drop column if exists "split";`)
    this.addSql(`alter table if exists "stripe_connect_payment" alter column "stripe_account_id" set not null;`)
    this.addSql(`alter table if exists "stripe_connect_payment" alter column "merchant_id" set not null;`)
  }
}
