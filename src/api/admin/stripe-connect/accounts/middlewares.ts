import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateAccountDashboardLink,
  AdminCreateAccountOnboardingLink,
  AdminCreateStripeConnectAccount,
  AdminGetStripeConnectAccountsParams,
  AdminUpdateAccountSalesChannels,
} from "./validators"

export const stripeConnectAccountsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/accounts",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripeConnectAccountsParams, { defaults: [], isList: true, defaultLimit: 20 }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/accounts",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateStripeConnectAccount)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/onboarding-link",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateAccountOnboardingLink)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/dashboard-link",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateAccountDashboardLink)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/sales-channels",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminUpdateAccountSalesChannels)],
  },
]
