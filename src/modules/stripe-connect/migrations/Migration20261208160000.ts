import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Reconciliation of multi-seller charges and orders (docs/api.md#mismatches): a seller not paid by a transfer, a
 * platform share that differs from the split's, an order total that differs from what its payments charged.
 */
export class Migration20261208160000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_reconciliation_mismatch" drop constraint if exists "stripe_connect_reconciliation_mismatch_reason_check";`
    )
    this.addSql(
      `alter table if exists "stripe_connect_reconciliation_mismatch" add constraint "stripe_connect_reconciliation_mismatch_reason_check" check ("reason" in ('unknown_charge', 'missing_stripe_line', 'amount_mismatch', 'fee_mismatch', 'refund_not_recorded', 'missing_transfer', 'platform_share_mismatch', 'order_total_mismatch'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_reconciliation_mismatch" drop constraint if exists "stripe_connect_reconciliation_mismatch_reason_check";`
    )
    this.addSql(
      `alter table if exists "stripe_connect_reconciliation_mismatch" add constraint "stripe_connect_reconciliation_mismatch_reason_check" check ("reason" in ('unknown_charge', 'missing_stripe_line', 'amount_mismatch', 'fee_mismatch', 'refund_not_recorded'));`
    )
  }
}
