import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import { AdminCreateStripePayLink, AdminGetStripePayLinksParams } from "./validators"

export const stripeConnectPayLinksMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/pay-links",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreateStripePayLink)],
  },
  {
    matcher: "/admin/orders/:id/stripe-pay-links",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripePayLinksParams, { defaults: [], isList: true, defaultLimit: 50 })],
  },
]
