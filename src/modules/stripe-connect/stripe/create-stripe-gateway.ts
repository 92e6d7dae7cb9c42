import type Stripe from "stripe"
import { createStripeClient, stripeResponseLogOf, type StripeClientOptions } from "./create-stripe-client"
import { accountsGateway } from "./gateway/accounts"
import { balanceGateway } from "./gateway/balance"
import { chargesGateway } from "./gateway/charges"
import { checkoutSessionsGateway } from "./gateway/checkout-sessions"
import { customersGateway } from "./gateway/customers"
import { disputesGateway } from "./gateway/disputes"
import { eventsGateway } from "./gateway/events"
import { filesGateway } from "./gateway/files"
import { invoicesGateway } from "./gateway/invoices"
import { oauthGateway } from "./gateway/oauth"
import { paymentsGateway } from "./gateway/payments"
import { payoutsGateway } from "./gateway/payouts"
import { transfersGateway } from "./gateway/transfers"
import { webhookEndpointsGateway } from "./gateway/webhook-endpoints"

/**
 * The plugin's one way to Stripe: a typed method per operation the plugin uses, grouped by domain. Each passes
 * `Stripe-Account` when the call is made on a connected account, takes the idempotency key of a write (see
 * `stripeIdempotencyKeys`), returns Stripe's type and turns every SDK failure into the API's error codes
 * (`mapStripeError`). `webhooks` is the SDK's signature verification, which makes no request.
 */
export function createStripeGateway(options: StripeClientOptions) {
  return stripeGatewayFor(createStripeClient(options))
}

function stripeGatewayFor(stripe: Stripe) {
  return {
    accounts: accountsGateway(stripe),
    balance: balanceGateway(stripe),
    charges: chargesGateway(stripe),
    checkoutSessions: checkoutSessionsGateway(stripe),
    customers: customersGateway(stripe),
    disputes: disputesGateway(stripe),
    events: eventsGateway(stripe),
    files: filesGateway(stripe),
    invoices: invoicesGateway(stripe),
    oauth: oauthGateway(stripe),
    payments: paymentsGateway(stripe),
    payouts: payoutsGateway(stripe),
    transfers: transfersGateway(stripe),
    webhookEndpoints: webhookEndpointsGateway(stripe),
    webhooks: stripe.webhooks,
    /** Stripe's unsuccessful answers of the last hour, for the health route. */
    recentResponses: () => stripeResponseLogOf(stripe).summary(),
  }
}

export type StripeGateway = ReturnType<typeof stripeGatewayFor>
