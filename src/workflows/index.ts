// The plugin's public workflows (`medusa-plugin-stripe-connect/workflows`): what a host may run or compose in its
// own workflows, each with its input type. Steps, webhook handlers, serializers and the workflows that only the
// webhook pipeline runs stay internal; the plugin's own code imports them by path.

export {
  createConnectedAccountWorkflow,
  type CreateConnectedAccountWorkflowInput,
} from "./accounts/workflows/create-connected-account"
export {
  createAccountOnboardingLinkWorkflow,
  type CreateAccountOnboardingLinkWorkflowInput,
} from "./accounts/workflows/create-account-onboarding-link"
export {
  createAccountDashboardLinkWorkflow,
  type CreateAccountDashboardLinkWorkflowInput,
} from "./accounts/workflows/create-account-dashboard-link"
export {
  updateConnectedAccountSalesChannelsWorkflow,
  type UpdateConnectedAccountSalesChannelsWorkflowInput,
} from "./accounts/workflows/update-connected-account-sales-channels"

export {
  assignStripeConnectRoleWorkflow,
  type AssignStripeConnectRoleWorkflowInput,
} from "./roles/workflows/assign-stripe-connect-role"
export {
  revokeStripeConnectRoleWorkflow,
  type RevokeStripeConnectRoleWorkflowInput,
} from "./roles/workflows/revoke-stripe-connect-role"

export {
  updateFeeConfigurationWorkflow,
  type UpdateFeeConfigurationWorkflowInput,
} from "./fees/workflows/update-fee-configuration"

export {
  createStripePaymentWorkflow,
  type CreateStripePaymentWorkflowInput,
} from "./payments/workflows/create-stripe-payment"
export {
  captureStripePaymentWorkflow,
  type CaptureStripePaymentWorkflowInput,
} from "./payments/workflows/capture-stripe-payment"
export {
  refundStripePaymentWorkflow,
  type RefundStripePaymentWorkflowInput,
} from "./payments/workflows/refund-stripe-payment"

export {
  createStripeTransferWorkflow,
  type CreateStripeTransferWorkflowInput,
} from "./transfers/workflows/create-stripe-transfer"
export {
  reverseStripeTransferWorkflow,
  type ReverseStripeTransferWorkflowInput,
} from "./transfers/workflows/reverse-stripe-transfer"

export {
  planSellerSplitWorkflow,
  type PlanSellerSplitWorkflowInput,
} from "./seller-transfers/workflows/plan-seller-split"

export {
  createStripePayoutWorkflow,
  type CreateStripePayoutWorkflowInput,
} from "./payouts/workflows/create-stripe-payout"
export {
  updatePayoutScheduleWorkflow,
  type UpdatePayoutScheduleWorkflowInput,
} from "./payouts/workflows/update-payout-schedule"

export { sendOrderInvoiceWorkflow, type SendOrderInvoiceWorkflowInput } from "./invoices/workflows/send-order-invoice"
export { voidOrderInvoiceWorkflow, type VoidOrderInvoiceWorkflowInput } from "./invoices/workflows/void-order-invoice"
export {
  refundOrderInvoiceWorkflow,
  type RefundOrderInvoiceWorkflowInput,
} from "./invoices/workflows/refund-order-invoice"

export {
  createOrderPayLinkWorkflow,
  type CreateOrderPayLinkWorkflowInput,
} from "./pay-links/workflows/create-order-pay-link"

export {
  submitDisputeEvidenceWorkflow,
  type SubmitDisputeEvidenceWorkflowInput,
} from "./disputes/workflows/submit-dispute-evidence"

export {
  disconnectStripeIntegrationWorkflow,
  type DisconnectStripeIntegrationWorkflowInput,
} from "./integrations/workflows/disconnect-stripe-integration"

export {
  assignProductSellersWorkflow,
  type AssignProductSellersWorkflowInput,
} from "./sellers/workflows/assign-product-sellers"
