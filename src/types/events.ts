// The events the plugin emits for the host on Medusa's event bus (`medusa-plugin-stripe-connect/events`): their
// names and payload types. Amounts are integer minor units.

export {
  StripeConnectAccountEvents,
  type StripeAccountUpdatedEventData,
  type StripeIntegrationConnectedEventData,
  type StripeIntegrationDisconnectedEventData,
} from "./accounts"
export { StripeConnectPaymentEvents, type StripePaymentEventData } from "./payments"
export {
  StripeConnectHostEvents,
  type StripeWebhookHostEventBase,
  type StripePayoutHostEventData,
  type StripeDisputeHostEventData,
} from "./webhook-events"
export {
  StripeConnectInvoiceEvents,
  type StripeInvoiceHostEventData,
  type StripePayLinkHostEventData,
} from "./invoices"
export { StripeConnectReconciliationEvents, type StripeReconciliationMismatchEventData } from "./reconciliation"
export {
  StripeConnectSellerTransferEvents,
  type SellerTransferEventReason,
  type StripeSellerTransferEventData,
} from "./seller-transfers"
