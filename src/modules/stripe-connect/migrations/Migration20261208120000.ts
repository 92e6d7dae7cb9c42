import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** The seller of each product in a cart, fixed when it is added (first row per cart and product wins). */
export class Migration20261208120000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_cart_item_seller" ("id" text not null, "cart_id" text not null, "product_id" text not null, "connected_account_id" text null, "stripe_account_id" text null, "merchant_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_cart_item_seller_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_cart_item_seller_deleted_at" ON "stripe_connect_cart_item_seller" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_cart_item_seller_cart_product" ON "stripe_connect_cart_item_seller" ("cart_id", "product_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_cart_item_seller" cascade;`)
  }
}
