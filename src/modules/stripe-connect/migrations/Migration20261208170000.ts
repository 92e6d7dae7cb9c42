import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Fees checked against the configuration in force when they were decided (docs/api.md#fee-basis): the basis of a
 * payment's fee and of each seller's platform fee, and the mismatch reason `fee_configuration_mismatch`.
 */
export class Migration20261208170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "stripe_connect_payment" add column if not exists "fee_basis" jsonb null;`)
    this.addSql(
      `alter table if exists "stripe_connect_seller_transfer" add column if not exists "fee_basis" jsonb null;`
    )
    this.addSql(
      `alter table if exists "stripe_connect_reconciliation_mismatch" drop constraint if exists "stripe_connect_reconciliation_mismatch_reason_check";`
    )
    this.addSql(
      `alter table if exists "stripe_connect_reconciliation_mismatch" add constraint "stripe_connect_reconciliation_mismatch_reason_check" check ("reason" in ('unknown_charge', 'missing_stripe_line', 'amount_mismatch', 'fee_mismatch', 'refund_not_recorded', 'missing_transfer', 'platform_share_mismatch', 'order_total_mismatch', 'fee_configuration_mismatch'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stripe_connect_reconciliation_mismatch" drop constraint if exists "stripe_connect_reconciliation_mismatch_reason_check";`
    )
    this.addSql(
      `alter table if exists "stripe_connect_reconciliation_mismatch" add constraint "stripe_connect_reconciliation_mismatch_reason_check" check ("reason" in ('unknown_charge', 'missing_stripe_line', 'amount_mismatch', 'fee_mismatch', 'refund_not_recorded', 'missing_transfer', 'platform_share_mismatch', 'order_total_mismatch'));`
    )
    this.addSql(`alter table if exists "stripe_connect_seller_transfer" drop column if exists "fee_basis";`)
    this.addSql(`alter table if exists "stripe_connect_payment" drop column if exists "fee_basis";`)
  }
}
