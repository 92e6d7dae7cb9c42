import {
  ConnectedAccount,
  StripeConnectDispute,
  StripeConnectInvoice,
  StripeConnectPayment,
  StripeConnectPayout,
  StripeConnectRefund,
  StripeConnectTransfer,
  StripeIntegration,
} from "../models"
import type {
  ConnectedAccountRow,
  DisputeRow,
  IntegrationRow,
  InvoiceRow,
  PaymentRow,
  PayoutRow,
  TransferRow,
} from "../types"

/** The models of the records whose writes can be guarded, by the name callers use for them. */
const GUARDED_MODELS = {
  account: ConnectedAccount,
  integration: StripeIntegration,
  payment: StripeConnectPayment,
  transfer: StripeConnectTransfer,
  payout: StripeConnectPayout,
  dispute: StripeConnectDispute,
  invoice: StripeConnectInvoice,
} as const

export type GuardedRecord = keyof typeof GUARDED_MODELS

type GuardedRows = {
  account: ConnectedAccountRow
  integration: IntegrationRow
  payment: PaymentRow
  transfer: TransferRow
  payout: PayoutRow
  dispute: DisputeRow
  invoice: InvoiceRow
}

/** The fields a guarded write may set on a record (never its id or timestamps). */
export type GuardedRecordUpdate<K extends GuardedRecord> = Partial<
  Omit<GuardedRows[K], "id" | "created_at" | "updated_at" | "deleted_at">
>

/** The table a record lives in, as its data model declares it. */
export function tableOf(record: GuardedRecord): string {
  return GUARDED_MODELS[record].parse().tableName
}

export const PAYMENT_TABLE = StripeConnectPayment.parse().tableName
export const REFUND_TABLE = StripeConnectRefund.parse().tableName
export const PAYOUT_TABLE = StripeConnectPayout.parse().tableName
