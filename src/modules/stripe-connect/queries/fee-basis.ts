import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { ConnectedAccountRow } from "../types"
import { FeeConfiguration, FeeConfigurationChange } from "../models"
import { ALL_CURRENCIES, calendarMonthOf, type FeeConfigurationCandidate, type FeeConfigurationInForce } from "../fees"
import { PAYMENT_TABLE, tableOf } from "./record-tables"

export type FeeBasisQuery = {
  /** The payment's currency; null: only the platform-wide document is read. */
  currency: string | null
  /** A connected account to read as well; its merchant's volume is read with the others. */
  stripe_account_id?: string | null
  /** The merchants whose monthly volume in the currency is read. */
  merchant_ids?: readonly string[]
  /** A moment of the UTC calendar month whose volume chooses the fee tier; null when no volume is needed. */
  volume_at: Date | null
}

/** The connected account a fee basis read names, as a destination charge checks it. */
export type FeeBasisAccount = Pick<
  ConnectedAccountRow,
  "id" | "stripe_account_id" | "merchant_id" | "charges_enabled" | "status" | "capabilities"
>

/** What a fee is decided from, as stored; `feeConfigurationInForce` picks the document in force from `configurations`. */
export type FeeBasisRows = {
  account: FeeBasisAccount | null
  /** The currency's own document and the platform-wide one, those that are stored. */
  configurations: FeeConfigurationCandidate[]
  /** Each merchant's volume in the currency over the month (captured minus refunded), minor units; absent: 0. */
  monthly_volumes: Record<string, number>
}

/**
 * What a fee is decided from (docs/api.md#fee-basis): the account when asked, the fee document in force with its
 * audited version, and the merchants' monthly volumes.
 */
export type FeeBasisInForce = FeeConfigurationInForce & Pick<FeeBasisRows, "account" | "monthly_volumes">

type BasisRow = {
  account: FeeBasisAccount | null
  configurations: (Omit<FeeConfigurationCandidate, "updated_at"> & { updated_at: string })[] | null
  monthly_volumes: Record<string, number | string> | null
}

/**
 * Reads, in one statement, the connected account (when asked), the stored fee documents that may be in force for
 * the currency with each scope's newest audited change, and each merchant's monthly volume (one aggregate over the
 * merchant/currency/captured_at index).
 */
export async function readFeeBasis(knex: Knex, query: FeeBasisQuery): Promise<FeeBasisRows> {
  const currency = query.currency?.toLowerCase() ?? ALL_CURRENCIES
  const month = query.volume_at ? calendarMonthOf(query.volume_at) : null
  const result = await knex.raw<{ rows: BasisRow[] }>(
    `WITH account AS (
       SELECT id, stripe_account_id, merchant_id, charges_enabled, status, capabilities FROM "${tableOf("account")}"
        WHERE stripe_account_id = ? AND deleted_at IS NULL
        LIMIT 1
     ), configuration AS (
       SELECT stored.currency_code, stored.document, stored.updated_at, stored.updated_by,
              (SELECT row_to_json(newest) FROM (
                 SELECT fee_change.id, fee_change.after FROM "${FeeConfigurationChange.parse().tableName}" AS fee_change
                  WHERE fee_change.kind = 'configuration' AND fee_change.currency_code = stored.currency_code
                    AND fee_change.deleted_at IS NULL
                  ORDER BY fee_change.created_at DESC, fee_change.id DESC
                  LIMIT 1
              ) AS newest) AS newest_change
         FROM "${FeeConfiguration.parse().tableName}" AS stored
        WHERE stored.currency_code IN (?, ?) AND stored.deleted_at IS NULL
     ), merchant AS (
       SELECT merchant_id FROM account
        UNION
       SELECT jsonb_array_elements_text(?::jsonb)
     ), volume AS (
       SELECT payment.merchant_id, SUM(payment.amount_captured - payment.amount_refunded)::bigint AS monthly_volume
         FROM "${PAYMENT_TABLE}" AS payment
        WHERE ?::boolean AND payment.merchant_id = ANY (ARRAY(SELECT merchant_id FROM merchant))
          AND payment.currency = ? AND payment.captured_at >= ? AND payment.captured_at < ?
          AND payment.deleted_at IS NULL
        GROUP BY payment.merchant_id
     )
     SELECT (SELECT row_to_json(account) FROM account) AS account,
            (SELECT json_agg(configuration) FROM configuration) AS configurations,
            (SELECT json_object_agg(merchant_id, monthly_volume) FROM volume) AS monthly_volumes`,
    [
      query.stripe_account_id ?? null,
      currency,
      ALL_CURRENCIES,
      JSON.stringify(query.merchant_ids ?? []),
      month !== null,
      currency,
      month?.start ?? new Date(0),
      month?.end ?? new Date(0),
    ]
  )
  const [row] = result.rows
  return {
    account: row.account,
    configurations: (row.configurations ?? []).map((stored) => ({
      ...stored,
      updated_at: new Date(stored.updated_at),
    })),
    monthly_volumes: Object.fromEntries(
      Object.entries(row.monthly_volumes ?? {}).map(([merchantId, volume]) => [merchantId, Number(volume)])
    ),
  }
}
