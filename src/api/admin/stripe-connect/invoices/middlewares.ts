import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { throttleInvoiceRefunds } from "./throttle"
import {
  AdminGetStripeInvoicesParams,
  AdminRefundStripeInvoice,
  AdminSendStripeInvoice,
  AdminVoidStripeInvoice,
} from "./validators"

export const stripeConnectInvoicesMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/invoices",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminSendStripeInvoice)],
  },
  {
    matcher: "/admin/stripe-connect/invoices/:id/void",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminVoidStripeInvoice)],
  },
  {
    matcher: "/admin/stripe-connect/invoices/:id/refund",
    methods: ["POST"],
    middlewares: [throttleInvoiceRefunds, validateAndTransformBody(AdminRefundStripeInvoice)],
  },
  {
    matcher: "/admin/stripe-connect/integrations/:id/invoices",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripeInvoicesParams, { defaults: [], isList: true, defaultLimit: 20 }),
    ],
  },
  {
    matcher: "/admin/orders/:id/stripe-invoices",
    methods: ["GET"],
    middlewares: [
      validateAndTransformQuery(AdminGetStripeInvoicesParams, { defaults: [], isList: true, defaultLimit: 50 }),
    ],
  },
]
