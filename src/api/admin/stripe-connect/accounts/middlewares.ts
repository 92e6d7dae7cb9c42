import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import {
  AdminAssignAccountProducts,
  AdminCreateAccountDashboardLink,
  AdminCreateAccountOnboardingLink,
  AdminCreateStripeConnectAccount,
  AdminGetAccountProductsParams,
  AdminGetAccountSellerTransfersParams,
  AdminGetStripeConnectAccountsParams,
  AdminUpdateAccountSalesChannels,
} from "./validators"

export const stripeConnectAccountsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/accounts",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripeConnectAccountsParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/accounts",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreateStripeConnectAccount)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/onboarding-link",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreateAccountOnboardingLink)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/dashboard-link",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreateAccountDashboardLink)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/sales-channels",
    methods: ["POST"],
    middlewares: [validateBody(AdminUpdateAccountSalesChannels)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/products",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetAccountProductsParams, { defaults: [], isList: true, defaultLimit: 50 })],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/seller-transfers",
    methods: ["GET"],
    middlewares: [
      validateQuery(AdminGetAccountSellerTransfersParams, { defaults: [], isList: true, defaultLimit: 20 }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/products",
    methods: ["POST"],
    middlewares: [validateBody(AdminAssignAccountProducts)],
  },
]
