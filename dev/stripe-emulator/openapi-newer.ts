/**
 * Enum values the SDK's API version (2026-10-28.endive) accepts but the bundled OpenAPI description
 * (2024-04-10) does not list yet, by top-level param name. Validation accepts these too, so a request that real
 * Stripe accepts is never refused for being newer than the description.
 */
import Stripe from "stripe"

export const NEWER_ENUM_VALUES: Record<string, string[]> = {
  enabled_events: [
    "apps.install.created", "apps.install.deleted", "apps.install.updated", "balance_settings.updated",
    "billing.alert.triggered", "billing.credit_balance_transaction.created", "billing.credit_grant.created",
    "billing.credit_grant.updated", "billing.meter.created", "billing.meter.deactivated", "billing.meter.reactivated",
    "billing.meter.updated", "financial_connections.account.account_numbers_updated",
    "financial_connections.account.expected_deactivation_date_updated",
    "financial_connections.account.supported_payment_method_types_updated",
    "financial_connections.account.upcoming_account_number_expiry", "financial_connections.account.upcoming_deactivation",
    "financial_connections.authorization.expected_deactivation_date_updated",
    "financial_connections.authorization.upcoming_deactivation", "invoice.overdue", "invoice.overpaid",
    "invoice.payment_attempt_required", "invoice.will_be_due", "invoice_payment.paid", "issuing_dispute.funds_rescinded",
    "issuing_personalization_design.activated", "issuing_personalization_design.deactivated",
    "issuing_personalization_design.rejected", "issuing_personalization_design.updated",
    "issuing_transaction.purchase_details_receipt_updated", "refund.failed", "reserve.hold.created", "reserve.hold.updated",
    "reserve.plan.created", "reserve.plan.disabled", "reserve.plan.expired", "reserve.plan.updated",
    "reserve.release.created", "terminal.reader.action_updated", "three_d_secure.authentication.canceled",
    "three_d_secure.authentication.challenge_started", "three_d_secure.authentication.errored",
    "three_d_secure.authentication.failed", "three_d_secure.authentication.requires_challenge",
    "three_d_secure.authentication.requires_submission", "three_d_secure.authentication.succeeded",
  ],
  // Webhook endpoints may pin the API version their events are rendered in; the SDK's own version is newer
  // than the description's enum.
  api_version: [Stripe.API_VERSION],
}
