// The shapes the plugin's admin API answers with (the backend's own types, imported as types only).
export type {
  ConnectedAccountStatusDocument,
  CreateConnectedAccountResponse,
  ConnectedAccountStatus,
} from "../../types/accounts"
export type { FeeConfigurationResponse, FeeConfigurationDocument, FeeTier, MerchantFeeOverride, ApplicationFeeDecision } from "../../types/fees"
export type { PaymentDocument, RefundPaymentResponse, PaymentRefundDocument } from "../../types/payments"
export type { WebhookEventResponse, WebhookEventStatus } from "../../types/webhook-events"

export type ListResponse<T> = { data: T[]; count: number; offset: number; limit: number }

export type MeResponse = {
  actor_id: string
  actor_type: string
  roles: string[]
  merchant_ids: string[] | null
  permissions: string[]
  capabilities: string[]
}

export type IntegrationResponse = {
  id: string
  name: string
  mode: "test" | "live"
  merchant_id: string | null
  status: "pending" | "connected" | "disconnected"
  connected: boolean
  stripe_account_id: string | null
  scope: string | null
  livemode: boolean | null
  connected_at: string | null
  disconnected_at: string | null
  created_at: string
}

export type AccountDetail = import("../../types/accounts").ConnectedAccountStatusDocument & { sales_channel_ids: string[] }

export type LinkResponse = { url: string; expires_at?: string | null; created?: string }

export type FeePreviewResponse = import("../../types/fees").ApplicationFeeDecision & {
  amount: number
  currency: string
  merchant_id: string
  application_fee: number
  destination_amount: number
  monthly_volume: number
}
export type { InvoiceDocument, PayLinkDocument } from "../../types/invoices"

/** `GET /balance` and `GET /accounts/:account_id/balance` (spec 000): integer minor units per currency. */
export type BalanceDocument = {
  available: { amount: number; currency: string }[]
  pending: { amount: number; currency: string }[]
  connect_reserved: { amount: number; currency: string }[]
}
export type { TransferDocument } from "../../types/transfers"

/** `GET /accounts/:account_id/payouts/schedule` (spec 000). */
export type PayoutScheduleDocument = {
  interval: string
  delay_days: number | null
  anchor_day: string | number | null
  next_payout_date: string | null
}

/** One payout of `GET /accounts/:account_id/payouts` (spec 000). */
export type PayoutDocument = {
  payout_id: string
  amount: number
  currency: string
  status: string
  arrival_date: string | null
  method: string
  bank_account: { last4: string | null; bank_name: string | null } | null
}

/** A dispute as `GET /disputes` lists it (spec 000 "List Disputes"). */
export type DisputeDocument = {
  dispute_id: string
  payment_intent_id: string | null
  account_id: string | null
  amount: number
  currency: string
  reason: string
  status: "needs_response" | "under_review" | "won" | "lost"
  evidence_due_by: string | null
  created_at: string
  evidence: Record<string, unknown>
  submitted_at: string | null
}
