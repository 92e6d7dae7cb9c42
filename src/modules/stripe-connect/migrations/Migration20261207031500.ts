import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** Stripe's `controller` properties of a connected account, mirrored on create and on `account.updated`. */
export class Migration20261207031500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_account" add column if not exists "controller" jsonb null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_account" drop column if exists "controller";`)
  }
}
