import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetOverviewParams } from "./validators"

export const stripeConnectOverviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/overview",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetOverviewParams, {})],
  },
]
