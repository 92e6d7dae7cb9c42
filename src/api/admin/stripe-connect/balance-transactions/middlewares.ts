import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetStripeBalanceTransactionsParams, AdminSyncStripeBalanceTransactions } from "./validators"

export const stripeConnectBalanceTransactionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/balance-transactions",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripeBalanceTransactionsParams, {
        defaults: [],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/balance-transactions/sync",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSyncStripeBalanceTransactions)],
  },
]
