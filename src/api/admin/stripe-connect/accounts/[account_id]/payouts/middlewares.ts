import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../../../utils/validate-request"
import { AdminCreatePayout, AdminGetPayoutsParams, AdminUpdatePayoutSchedule } from "./validators"

export const stripeConnectPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/payouts",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetPayoutsParams, {})],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/payouts",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreatePayout)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/payouts/schedule",
    methods: ["PUT", "POST"],
    middlewares: [validateBody(AdminUpdatePayoutSchedule)],
  },
]
