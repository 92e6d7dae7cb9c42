// The shapes the plugin's admin API answers with: the server's own types from src/shared, plus the few the admin
// reads differently.
export type {
  AccountController,
  AccountStatusResponse as AccountDetail,
  ConnectedAccountStatus,
  ConnectedAccountStatusDocument,
  CreateConnectedAccountResponse,
} from "../../shared/types/accounts"
export type { MeResponse } from "../../shared/types/access"
export type { DisputeDocument } from "../../shared/types/disputes"
export type {
  ApplicationFeeDecision,
  FeeConfigurationDocument,
  FeeConfigurationResponse,
  FeePreviewResponse,
  FeeTier,
  MerchantFeeOverride,
} from "../../shared/types/fees"
export type { IntegrationResponse } from "../../shared/types/integrations"
export type { InvoiceDocument, PayLinkDocument } from "../../shared/types/invoices"
export type { PaymentDocument, PaymentRefundDocument, RefundPaymentResponse } from "../../shared/types/payments"
export type { BalanceDocument, PayoutDocument, PayoutScheduleDocument } from "../../shared/types/payouts"
export type {
  LedgerDailyFigures,
  LedgerDailyTotals,
  LedgerDailyTotalsDocument,
  MismatchDocument,
  MismatchState,
  ReconciledLineDocument,
  ReconciledPayoutDocument,
} from "../../shared/types/reconciliation"
export type { PayoutRunningBalanceDocument } from "../../shared/types/payout-running-balance"
export type {
  OrderSellerDocument,
  OrderSellerItemDocument,
  SellerTransferDocument,
} from "../../shared/types/seller-transfers"
export type {
  MoneyTrailChargeDocument,
  MoneyTrailResponse,
  MoneyTrailTransferDocument,
} from "../../shared/types/money-trail"
export type { TransferDocument } from "../../shared/types/transfers"
export type { WebhookEventResponse, WebhookEventStatus } from "../../shared/types/webhook-events"

export type ListResponse<T> = { data: T[]; count: number; offset: number; limit: number }

/** What the link routes answer: onboarding and dashboard links (`expires_at`), or Stripe's login link (`created`). */
export type LinkResponse = { url: string; expires_at?: string | null; created?: string }
