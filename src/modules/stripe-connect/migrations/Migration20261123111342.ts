import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261123111342 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_payment" add column if not exists "dispute_status" text null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_payment" drop column if exists "dispute_status";`)
  }
}
