import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import { AdminCreateStripeTransfer, AdminGetStripeTransfersParams, AdminReverseStripeTransfer } from "./validators"

export const stripeConnectTransfersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/transfers",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripeTransfersParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/transfers",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreateStripeTransfer)],
  },
  {
    matcher: "/admin/stripe-connect/transfers/:transfer_id/reverse",
    methods: ["POST"],
    middlewares: [validateBody(AdminReverseStripeTransfer)],
  },
]
