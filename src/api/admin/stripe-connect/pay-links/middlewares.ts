import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateStripePayLink, AdminGetStripePayLinksParams } from "./validators"

export const stripeConnectPayLinksMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/pay-links",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateStripePayLink)],
  },
  {
    matcher: "/admin/orders/:id/stripe-pay-links",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripePayLinksParams, { defaults: [], isList: true, defaultLimit: 50 }),
    ],
  },
]
