import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { AdminCreateStripeTransfer, AdminGetStripeTransfersParams, AdminReverseStripeTransfer } from "./validators"

export const stripeConnectTransfersMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/transfers",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripeTransfersParams, { defaults: [], isList: true, defaultLimit: 20 }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/transfers",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateStripeTransfer)],
  },
  {
    matcher: "/admin/stripe-connect/transfers/:transfer_id/reverse",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReverseStripeTransfer)],
  },
]
