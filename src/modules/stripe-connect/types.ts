import type { InferEntityForModuleService, InferTypeOf } from "@medusajs/framework/types"
import type {
  ConnectedAccount,
  FeeConfiguration,
  FeeConfigurationChange,
  StripeConnectBalanceTransaction,
  StripeConnectDispute,
  StripeConnectInvoice,
  StripeConnectMoneyIntent,
  StripeConnectPayLink,
  StripeConnectPayment,
  StripeConnectPayout,
  StripeConnectRefund,
  StripeConnectReconciliationMismatch,
  StripeConnectSellerTransfer,
  StripeConnectTransfer,
  StripeIntegration,
} from "./models"

/** A refund of an invoice's charge, as the stored invoice keeps it (`refunds.data`). Integer minor units. */
export type InvoiceRefundEntry = {
  refund_id: string
  amount: number
  reason: string | null
  status: string
  request_id: string
  created_by: string | null
  created_at: string
}

/** The module's records as its service answers them, inferred from the data models. */
export type ConnectedAccountRow = InferTypeOf<typeof ConnectedAccount>
export type IntegrationRow = InferTypeOf<typeof StripeIntegration>
export type FeeConfigurationRow = InferTypeOf<typeof FeeConfiguration>
export type FeeConfigurationChangeRow = InferTypeOf<typeof FeeConfigurationChange>
export type PaymentRow = InferTypeOf<typeof StripeConnectPayment>
export type RefundRow = InferTypeOf<typeof StripeConnectRefund>
export type TransferRow = InferTypeOf<typeof StripeConnectTransfer>
export type SellerTransferRow = InferTypeOf<typeof StripeConnectSellerTransfer>
export type PayoutRow = InferTypeOf<typeof StripeConnectPayout>
export type BalanceTransactionRow = InferTypeOf<typeof StripeConnectBalanceTransaction>
export type DisputeRow = InferTypeOf<typeof StripeConnectDispute>
export type InvoiceRow = InferTypeOf<typeof StripeConnectInvoice>
export type PayLinkRow = InferTypeOf<typeof StripeConnectPayLink>
export type MoneyIntentRow = InferTypeOf<typeof StripeConnectMoneyIntent>
export type ReconciliationMismatchRow = InferTypeOf<typeof StripeConnectReconciliationMismatch>

type Timestamps = "created_at" | "updated_at" | "deleted_at"

/** What creating a record takes (as the generated create methods: every field optional) with its Stripe id. */
export type DisputeInput = Partial<Omit<InferEntityForModuleService<typeof StripeConnectDispute>, Timestamps>> & {
  dispute_id: string
}
export type PayoutInput = Partial<Omit<InferEntityForModuleService<typeof StripeConnectPayout>, Timestamps>> & {
  payout_id: string
}
export type TransferInput = Partial<Omit<InferEntityForModuleService<typeof StripeConnectTransfer>, Timestamps>> & {
  transfer_id: string
}
export type RefundInput = Partial<Omit<InferEntityForModuleService<typeof StripeConnectRefund>, Timestamps>> & {
  refund_id: string
}
export type MoneyIntentInput = Partial<
  Omit<InferEntityForModuleService<typeof StripeConnectMoneyIntent>, Timestamps>
> & { stripe_idempotency_key: string }
export type PaymentInput = Partial<Omit<InferEntityForModuleService<typeof StripeConnectPayment>, Timestamps>> & {
  payment_intent_id: string
}
