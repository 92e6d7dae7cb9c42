import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: the data model cannot declare an index on an expression. Processing asks, for every event,
 * whether a newer event about the same object was processed (`hasNewerProcessedEvent`); this index finds the
 * object's few events directly instead of scanning every processed event.
 */
export class Migration20261123190000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stripe_connect_webhook_event_object" ON "stripe_connect_webhook_event" ((related_object_ids[1]), account_key) WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_stripe_connect_webhook_event_object";`)
  }
}
