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
export function createStripeGateway(options: StripeClientOptions): StripeGateway {
  return stripeGatewayFor(createStripeClient(options))
}

/** Written out (not inferred) so the package's declarations name Stripe's types through its public namespace. */
export type StripeGateway = {
  accounts: ReturnType<typeof accountsGateway>
  balance: ReturnType<typeof balanceGateway>
  charges: ReturnType<typeof chargesGateway>
  checkoutSessions: ReturnType<typeof checkoutSessionsGateway>
  customers: ReturnType<typeof customersGateway>
  disputes: ReturnType<typeof disputesGateway>
  events: ReturnType<typeof eventsGateway>
  files: ReturnType<typeof filesGateway>
  invoices: ReturnType<typeof invoicesGateway>
  oauth: ReturnType<typeof oauthGateway>
  payments: ReturnType<typeof paymentsGateway>
  payouts: ReturnType<typeof payoutsGateway>
  transfers: ReturnType<typeof transfersGateway>
  webhookEndpoints: ReturnType<typeof webhookEndpointsGateway>
  webhooks: Stripe.Webhooks
  /** Stripe's unsuccessful answers of the last hour, for the health route. */
  recentResponses: () => ReturnType<ReturnType<typeof stripeResponseLogOf>["summary"]>
}

function stripeGatewayFor(stripe: Stripe): StripeGateway {
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
    recentResponses: () => stripeResponseLogOf(stripe).summary(),
  }
}
