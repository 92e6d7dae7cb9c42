import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminGetAuditEntriesParams } from "./validators"

export const stripeConnectAuditEntriesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/audit-entries",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetAuditEntriesParams, { defaults: [], isList: true, defaultLimit: 20 }),
    ],
  },
]
