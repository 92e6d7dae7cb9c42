import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The fee audit also keeps payments whose fee a caller set instead of the configuration (`kind`
 * "payment_override"): who, the payment, the fee set and the fee the configuration would have given.
 */
export class Migration20261206233100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_fee_configuration_change" add column if not exists "kind" text check ("kind" in ('configuration', 'payment_override')) not null default 'configuration', add column if not exists "payment_intent_id" text null, add column if not exists "stripe_account_id" text null, add column if not exists "merchant_id" text null, add column if not exists "amount" integer null, add column if not exists "application_fee_amount" integer null, add column if not exists "configured_fee" integer null, add column if not exists "request_id" text null;`
    )
    this.addSql(`alter table if exists "stripe_connect_fee_configuration_change" alter column "after" drop not null;`)
  }

  override async down(): Promise<void> {
    this.addSql(`delete from "stripe_connect_fee_configuration_change" where "kind" = 'payment_override';`)
    this.addSql(`alter table if exists "stripe_connect_fee_configuration_change" alter column "after" set not null;`)
    this.addSql(
      `alter table if exists "stripe_connect_fee_configuration_change" drop column if exists "kind", drop column if exists "payment_intent_id", drop column if exists "stripe_account_id", drop column if exists "merchant_id", drop column if exists "amount", drop column if exists "application_fee_amount", drop column if exists "configured_fee", drop column if exists "request_id";`
    )
  }
}
