import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreatePayout, AdminGetPayoutsParams, AdminUpdatePayoutSchedule } from "./validators"

export const stripeConnectPayoutsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/payouts",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetPayoutsParams, {})],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/payouts",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreatePayout)],
  },
  {
    matcher: "/admin/stripe-connect/accounts/:account_id/payouts/schedule",
    methods: ["PUT", "POST"],
    middlewares: [validateAndTransformBody(AdminUpdatePayoutSchedule)],
  },
]
