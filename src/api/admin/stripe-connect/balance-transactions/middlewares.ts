import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import { AdminGetStripeBalanceTransactionsParams, AdminSyncStripeBalanceTransactions } from "./validators"

export const stripeConnectBalanceTransactionsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/balance-transactions",
    methods: ["GET"],
    middlewares: [
      validateQuery(AdminGetStripeBalanceTransactionsParams, {
        defaults: [],
        isList: true,
        defaultLimit: 20,
      }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/balance-transactions/sync",
    methods: ["POST"],
    middlewares: [validateBody(AdminSyncStripeBalanceTransactions)],
  },
]
