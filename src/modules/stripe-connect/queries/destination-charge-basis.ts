import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { FeeConfigurationDocument } from "../../../shared/types/fees"
import type { ConnectedAccountRow, FeeConfigurationRow } from "../types"
import { FeeConfiguration, FeeConfigurationChange } from "../models"
import { PAYMENT_TABLE, tableOf } from "./record-tables"

/** The platform-wide fee document's `currency_code`. */
const ALL_CURRENCIES = "*"

export type DestinationChargeBasisQuery = {
  stripe_account_id: string
  currency: string
  /** The calendar month whose volume chooses the fee tier; null when the caller fixes the fee (no volume needed). */
  month: { start: Date; end: Date } | null
}

/** What a destination charge to a connected account is decided from. */
export type DestinationChargeBasis = {
  account: Pick<
    ConnectedAccountRow,
    "id" | "stripe_account_id" | "merchant_id" | "charges_enabled" | "status" | "capabilities"
  > | null
  /** The fee document in force: the currency's own, else the platform-wide one, else none. */
  configuration: Pick<FeeConfigurationRow, "currency_code" | "document" | "updated_at" | "updated_by"> | null
  /** The fee audit's newest configuration change of that document's scope. */
  newest_change: { id: string; after: FeeConfigurationDocument | null } | null
  /** The account's merchant's volume in the currency over `month` (captured minus refunded), minor units; 0 without. */
  monthly_volume: number
}

type BasisRow = {
  account: DestinationChargeBasis["account"]
  configuration:
    (Omit<NonNullable<DestinationChargeBasis["configuration"]>, "updated_at"> & { updated_at: string }) | null
  newest_change: DestinationChargeBasis["newest_change"]
  monthly_volume: string | null
}

/**
 * Reads the connected account, the fee document in force for the currency with its newest audited change, and the
 * merchant's monthly volume (one aggregate over the merchant/currency/captured_at index), in one statement.
 */
export async function readDestinationChargeBasis(
  knex: Knex,
  query: DestinationChargeBasisQuery
): Promise<DestinationChargeBasis> {
  const currency = query.currency.toLowerCase()
  const accounts = tableOf("account")
  const configurations = FeeConfiguration.parse().tableName
  const changes = FeeConfigurationChange.parse().tableName
  const result = await knex.raw<{ rows: BasisRow[] }>(
    `WITH account AS (
       SELECT id, stripe_account_id, merchant_id, charges_enabled, status, capabilities FROM "${accounts}"
        WHERE stripe_account_id = ? AND deleted_at IS NULL
        LIMIT 1
     ), configuration AS (
       SELECT currency_code, document, updated_at, updated_by FROM "${configurations}"
        WHERE currency_code IN (?, ?) AND deleted_at IS NULL
        ORDER BY currency_code = ? ASC
        LIMIT 1
     ), newest_change AS (
       SELECT fee_change.id, fee_change.after FROM "${changes}" AS fee_change JOIN configuration USING (currency_code)
        WHERE fee_change.kind = 'configuration' AND fee_change.deleted_at IS NULL
        ORDER BY fee_change.created_at DESC, fee_change.id DESC
        LIMIT 1
     ), volume AS (
       SELECT SUM(payment.amount_captured - payment.amount_refunded)::bigint AS monthly_volume
         FROM "${PAYMENT_TABLE}" AS payment JOIN account USING (merchant_id)
        WHERE ?::boolean AND payment.currency = ? AND payment.captured_at >= ? AND payment.captured_at < ?
          AND payment.deleted_at IS NULL
     )
     SELECT (SELECT row_to_json(account) FROM account) AS account,
            (SELECT row_to_json(configuration) FROM configuration) AS configuration,
            (SELECT row_to_json(newest_change) FROM newest_change) AS newest_change,
            (SELECT monthly_volume FROM volume) AS monthly_volume`,
    [
      query.stripe_account_id,
      currency,
      ALL_CURRENCIES,
      ALL_CURRENCIES,
      query.month !== null,
      currency,
      query.month?.start ?? new Date(0),
      query.month?.end ?? new Date(0),
    ]
  )
  const [row] = result.rows
  return {
    account: row.account,
    configuration: row.configuration && { ...row.configuration, updated_at: new Date(row.configuration.updated_at) },
    newest_change: row.newest_change,
    monthly_volume: Number(row.monthly_volume ?? 0),
  }
}
