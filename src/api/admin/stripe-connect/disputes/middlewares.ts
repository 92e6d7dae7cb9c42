import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetDisputesParams, AdminSubmitDisputeEvidence } from "./validators"
import { parseEvidenceBody } from "./parse-evidence-body"

export const stripeConnectDisputesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/disputes",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetDisputesParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/disputes/:dispute_id/evidence",
    methods: ["POST"],
    // JSON (files base64-encoded) or multipart/form-data (files as parts), read by parseEvidenceBody.
    bodyParser: false,
    middlewares: [parseEvidenceBody, validateAndTransformBody(AdminSubmitDisputeEvidence)],
  },
]
