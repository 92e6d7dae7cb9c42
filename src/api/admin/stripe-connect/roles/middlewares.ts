import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import { AdminAssignStripeConnectRole, AdminGetStripeConnectRolesParams } from "./validators"

export const stripeConnectRolesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/roles",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripeConnectRolesParams, { defaults: [], isList: true, defaultLimit: 50 })],
  },
  {
    matcher: "/admin/stripe-connect/roles",
    methods: ["POST"],
    middlewares: [validateBody(AdminAssignStripeConnectRole)],
  },
]
