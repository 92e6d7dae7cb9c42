import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetDisputesParams, AdminSubmitDisputeEvidence } from "./validators"

export const stripeConnectDisputesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/disputes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetDisputesParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/disputes/:dispute_id/evidence",
    methods: ["POST"],
    // Evidence files come base64-encoded in the JSON body.
    bodyParser: { sizeLimit: "8mb" },
    middlewares: [validateAndTransformBody(AdminSubmitDisputeEvidence)],
  },
]
