import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
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
    middlewares: [
      validateAndTransformQuery(AdminGetStripePaymentsParams, { defaults: [], isList: true, defaultLimit: 20 }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/payments",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCreateStripePayment)],
  },
  {
    matcher: "/admin/stripe-connect/payments/:id/capture",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminCaptureStripePayment)],
  },
  {
    matcher: "/admin/stripe-connect/payments/:id/refund",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRefundStripePayment)],
  },
  {
    matcher: "/admin/orders/:id/stripe-payments",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripePaymentsParams, { defaults: [], isList: true, defaultLimit: 50 }),
    ],
  },
]
