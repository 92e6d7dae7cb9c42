import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminAssignStripeConnectRole, AdminGetStripeConnectRolesParams } from "./validators"

export const stripeConnectRolesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/roles",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripeConnectRolesParams, { defaults: [], isList: true, defaultLimit: 50 }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/roles",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminAssignStripeConnectRole)],
  },
]
