import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The owner of each sales channel, one row per channel (a unique index), so that claiming a channel is a single
 * statement. Channels already linked through the module link are copied in (the oldest link wins where a race
 * once linked a channel twice); the link table exists only once Medusa has synced the links.
 */
export class Migration20261207001000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stripe_connect_sales_channel_account" ("id" text not null, "sales_channel_id" text not null, "connected_account_id" text not null, "merchant_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stripe_connect_sales_channel_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_sales_channel_account_deleted_at" ON "stripe_connect_sales_channel_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stripe_connect_sales_channel_account_channel" ON "stripe_connect_sales_channel_account" ("sales_channel_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_sales_channel_account_account" ON "stripe_connect_sales_channel_account" ("connected_account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`DO $$
BEGIN
  IF to_regclass('${LINK_TABLE}') IS NOT NULL THEN
    INSERT INTO "stripe_connect_sales_channel_account" ("id", "sales_channel_id", "connected_account_id", "merchant_id")
    SELECT DISTINCT ON (link.sales_channel_id)
      'scsca_' || md5(link.sales_channel_id), link.sales_channel_id, link.connected_account_id, account.merchant_id
    FROM "${LINK_TABLE}" link
    JOIN "stripe_connect_account" account ON account.id = link.connected_account_id AND account.deleted_at IS NULL
    WHERE link.deleted_at IS NULL
    ORDER BY link.sales_channel_id, link.created_at
    ON CONFLICT DO NOTHING;
  END IF;
END $$;`)
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "stripe_connect_sales_channel_account" cascade;`)
  }
}

/** The module link's table as Medusa names it (`connected_account` <-> `sales_channel`, name compressed). */
const LINK_TABLE = "stri_conn_conn_acco_sale_chan_sale_chan-1910cc77f"
