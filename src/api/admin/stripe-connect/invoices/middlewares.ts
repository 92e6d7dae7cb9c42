import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
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
    middlewares: [validateBody(AdminSendStripeInvoice)],
  },
  {
    matcher: "/admin/stripe-connect/invoices/:id/void",
    methods: ["POST"],
    middlewares: [validateBody(AdminVoidStripeInvoice)],
  },
  {
    matcher: "/admin/stripe-connect/invoices/:id/refund",
    methods: ["POST"],
    middlewares: [throttleInvoiceRefunds, validateBody(AdminRefundStripeInvoice)],
  },
  {
    matcher: "/admin/stripe-connect/integrations/:id/invoices",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripeInvoicesParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/orders/:id/stripe-invoices",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetStripeInvoicesParams, { defaults: [], isList: true, defaultLimit: 50 })],
  },
]
