import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import {
  AdminCaptureStripePayment,
  AdminCreateStripePayment,
  AdminGetStripePaymentsParams,
  AdminRefundStripePayment,
} from "./validators"

export const stripeConnectPaymentsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/payments",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripePaymentsParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/payments",
    methods: ["POST"],
    middlewares: [validateBody(AdminCreateStripePayment)],
  },
  {
    matcher: "/admin/stripe-connect/payments/:id/capture",
    methods: ["POST"],
    middlewares: [validateBody(AdminCaptureStripePayment)],
  },
  {
    matcher: "/admin/stripe-connect/payments/:id/refund",
    methods: ["POST"],
    middlewares: [validateBody(AdminRefundStripePayment)],
  },
  {
    matcher: "/admin/orders/:id/stripe-payments",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripePaymentsParams, { defaults: [], isList: true, defaultLimit: 50 })],
  },
]
