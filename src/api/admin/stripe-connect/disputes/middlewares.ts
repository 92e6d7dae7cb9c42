import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import { AdminGetDisputesParams, AdminSubmitDisputeEvidence } from "./validators"
import { parseEvidenceBody } from "./parse-evidence-body"
import { rejectHostileInput } from "../../../middlewares/reject-hostile-input"

export const stripeConnectDisputesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/disputes",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetDisputesParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/disputes/:dispute_id/evidence",
    methods: ["POST"],
    // JSON (files base64-encoded) or multipart/form-data (files as parts), read by parseEvidenceBody; the body is
    // checked for hostile input once it is read.
    bodyParser: false,
    middlewares: [parseEvidenceBody, rejectHostileInput, validateBody(AdminSubmitDisputeEvidence)],
  },
]
