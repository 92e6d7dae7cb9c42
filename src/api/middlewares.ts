import { defineMiddlewares } from "@medusajs/framework/http"
import { authorizeStripeConnect } from "./middlewares/authorize-stripe-connect"
import { rejectHostileInput } from "./middlewares/reject-hostile-input"
import { stripeConnectErrorHandler } from "./middlewares/error-handler"
import { stripeConnectRolesMiddlewares } from "./admin/stripe-connect/roles/middlewares"
import { stripeConnectAccountsMiddlewares } from "./admin/stripe-connect/accounts/middlewares"
import { stripeConnectIntegrationsMiddlewares } from "./admin/stripe-connect/integrations/middlewares"
import { stripeConnectOAuthCallbackMiddlewares } from "./stripe-connect/oauth/callback/middlewares"
import { stripeConnectWebhookMiddlewares } from "./hooks/stripe-connect/middlewares"
import { stripeConnectWebhookEventsMiddlewares } from "./admin/stripe-connect/webhook-events/middlewares"
import { stripeConnectFeesMiddlewares } from "./admin/stripe-connect/fees/middlewares"
import { stripeConnectPaymentsMiddlewares } from "./admin/stripe-connect/payments/middlewares"
import { stripeConnectStoreMiddlewares } from "./store/stripe-connect/middlewares"
import { stripeConnectInvoicesMiddlewares } from "./admin/stripe-connect/invoices/middlewares"
import { stripeConnectPayLinksMiddlewares } from "./admin/stripe-connect/pay-links/middlewares"
import { stripeConnectTransfersMiddlewares } from "./admin/stripe-connect/transfers/middlewares"
import { stripeConnectPayoutsMiddlewares } from "./admin/stripe-connect/accounts/[account_id]/payouts/middlewares"
import { stripeConnectDisputesMiddlewares } from "./admin/stripe-connect/disputes/middlewares"
import { stripeConnectOverviewMiddlewares } from "./admin/stripe-connect/overview/middlewares"
import { stripeConnectAuditEntriesMiddlewares } from "./admin/stripe-connect/audit-entries/middlewares"
import { stripeConnectBalanceTransactionsMiddlewares } from "./admin/stripe-connect/balance-transactions/middlewares"
import { stripeConnectReconciliationMiddlewares } from "./admin/stripe-connect/reconciliation/middlewares"
import { stripeConnectProductsMiddlewares } from "./admin/stripe-connect/products/middlewares"
import { stripeConnectOrderSellersMiddlewares } from "./admin/stripe-connect/orders/middlewares"
import { stripeConnectIdempotencyMiddlewares } from "./middlewares/idempotent-request"
import { stripeConnectOrderFulfillmentMiddlewares } from "./admin/orders/middlewares"

export default defineMiddlewares({
  errorHandler: stripeConnectErrorHandler(),
  routes: [
    // One access check for every plugin admin route, before validation, from the policy table; then hostile input
    // (NUL characters, prototype keys, deep nesting, huge arrays) is refused before any validator or handler.
    { matcher: "/admin/stripe-connect*", middlewares: [authorizeStripeConnect, rejectHostileInput] },
    { matcher: "/admin/orders/:id/stripe-*", middlewares: [authorizeStripeConnect, rejectHostileInput] },
    ...stripeConnectRolesMiddlewares,
    ...stripeConnectAccountsMiddlewares,
    ...stripeConnectIntegrationsMiddlewares,
    ...stripeConnectOAuthCallbackMiddlewares,
    ...stripeConnectWebhookMiddlewares,
    ...stripeConnectWebhookEventsMiddlewares,
    ...stripeConnectFeesMiddlewares,
    ...stripeConnectPaymentsMiddlewares,
    ...stripeConnectStoreMiddlewares,
    ...stripeConnectInvoicesMiddlewares,
    ...stripeConnectPayLinksMiddlewares,
    ...stripeConnectTransfersMiddlewares,
    ...stripeConnectPayoutsMiddlewares,
    ...stripeConnectDisputesMiddlewares,
    ...stripeConnectOverviewMiddlewares,
    ...stripeConnectAuditEntriesMiddlewares,
    ...stripeConnectBalanceTransactionsMiddlewares,
    ...stripeConnectReconciliationMiddlewares,
    ...stripeConnectProductsMiddlewares,
    ...stripeConnectOrderSellersMiddlewares,
    // Medusa's own fulfilment route: a merchant-limited caller fulfils only its merchants' items.
    ...stripeConnectOrderFulfillmentMiddlewares,
    // Last: a request that fails validation never claims its Idempotency-Key.
    ...stripeConnectIdempotencyMiddlewares,
  ],
})
