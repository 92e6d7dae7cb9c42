import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate-request"
import { AdminGetOverviewParams } from "./validators"

export const stripeConnectOverviewMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/overview",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetOverviewParams, {})],
  },
]
