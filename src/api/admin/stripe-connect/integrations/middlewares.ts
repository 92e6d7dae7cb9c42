import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import {
  AdminCreateStripeIntegration,
  AdminEmptyIntegrationAction,
  AdminGetStripeIntegrationsParams,
} from "./validators"

export const stripeConnectIntegrationsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/integrations",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripeIntegrationsParams, { defaults: [], isList: true, defaultLimit: 20 }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/integrations",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateStripeIntegration)],
  },
  {
    matcher: "/admin/stripe-connect/integrations/:id/authorize",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminEmptyIntegrationAction)],
  },
  {
    matcher: "/admin/stripe-connect/integrations/:id/disconnect",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminEmptyIntegrationAction)],
  },
]
