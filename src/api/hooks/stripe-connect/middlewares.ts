import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { readBoundedBody } from "./read-bounded-body"

/** Largest delivery accepted (Stripe's events are well below; invoices with many lines reach a few hundred KB). */
export const WEBHOOK_BODY_LIMIT_BYTES = 1024 * 1024

/**
 * Keeps the raw bytes for the signature check, and reads no more than the limit: the framework's JSON parser is
 * off for these routes, so nothing is parsed before the signature verified (docs/api.md#webhook-endpoints).
 */
export async function readWebhookBody(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    req.rawBody = await readBoundedBody(req, WEBHOOK_BODY_LIMIT_BYTES)
  } catch (error) {
    // The rest of an oversized body is not read: the connection closes after the answer.
    res.setHeader("Connection", "close")
    return next(error)
  }
  next()
}

const WEBHOOK_ROUTES = [
  "/hooks/stripe-connect/platform",
  "/hooks/stripe-connect/connect",
  "/hooks/stripe-connect/accounts/:account_id",
]

export const stripeConnectWebhookMiddlewares: MiddlewareRoute[] = WEBHOOK_ROUTES.map((matcher) => ({
  matcher,
  methods: ["POST"],
  bodyParser: false,
  middlewares: [readWebhookBody],
}))
