import type { MiddlewareRoute } from "@medusajs/framework/http"

/**
 * The webhook endpoints verify signatures on the exact bytes Stripe sent, so the raw body is kept. Stripe's
 * events can be large (invoices with many lines): allow up to 1 MB.
 */
export const stripeConnectWebhookMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/hooks/stripe-connect/*",
    methods: ["POST"],
    bodyParser: { preserveRawBody: true, sizeLimit: "1mb" },
  },
]
