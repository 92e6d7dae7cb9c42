import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateQuery } from "../../../utils/validate-request"
import { AdminGetAuditEntriesParams } from "./validators"

export const stripeConnectAuditEntriesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/audit-entries",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetAuditEntriesParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
]
