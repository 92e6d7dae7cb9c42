import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import {
  AdminCreateStripeIntegration,
  AdminEmptyIntegrationAction,
  AdminGetStripeIntegrationsParams,
} from "./validators"

export const stripeConnectIntegrationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/integrations",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripeIntegrationsParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/integrations",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreateStripeIntegration)],
  },
  {
    matcher: "/admin/stripe-connect/integrations/:id/authorize",
    methods: ["POST"],
    middlewares: [validateBody(AdminEmptyIntegrationAction)],
  },
  {
    matcher: "/admin/stripe-connect/integrations/:id/disconnect",
    methods: ["POST"],
    middlewares: [validateBody(AdminEmptyIntegrationAction)],
  },
]
