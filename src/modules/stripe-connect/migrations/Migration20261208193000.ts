import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Ledger lines by the object their source belongs to (`source_link_id`): the multi-seller check reads a charge's
 * transfer lines, and asks on every sync whether a checked charge got a new one (docs/api.md#matching).
 */
export class Migration20261208193000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_balance_transaction_source_link" ON "stripe_connect_balance_transaction" ("source_link_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_stripe_connect_balance_transaction_source_link";`)
  }
}
