import {
  errorHandler as medusaErrorHandler,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Logger } from "@medusajs/framework/types"
import { toErrorResponse } from "../utils/error-response"
import { withLogFields } from "../../modules/stripe-connect/observability/log-fields"

const PLUGIN_PATHS = [
  /^\/admin\/stripe-connect(\/|$)/,
  /^\/hooks\/stripe-connect(\/|$)/,
  /^\/stripe-connect\//,
  /^\/admin\/orders\/[^/]+\/stripe-/,
]

export function isStripeConnectPath(url: string): boolean {
  const path = url.split("?")[0]
  return PLUGIN_PATHS.some((pattern) => pattern.test(path))
}

/**
 * Answers errors of the plugin's routes as `{ type, code, message }` with the documented statuses (401
 * account_not_onboarded, 409 payout_in_progress, 502 stripe_error, ...), which Medusa's handler cannot express,
 * and hands every other route's errors to Medusa's own handler unchanged. A host that defines its own
 * errorHandler should call this one for plugin paths (see the README).
 */
export function stripeConnectErrorHandler() {
  const fallback = medusaErrorHandler()
  return function handleStripeConnectError(
    error: unknown,
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    if (!isStripeConnectPath(req.originalUrl)) {
      return fallback(error as Error, req, res, next)
    }
    const { status, body, retryAfterSeconds } = toErrorResponse(error)
    const logger = req.scope?.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    // Medusa's request id (its access log's too), and the connected account a route names, to find the request.
    const fields = { request_id: req.requestId, account: req.params?.account_id, status, code: body.code }
    if (status >= 500) {
      logger?.error(withLogFields(`stripe-connect: ${req.method} ${req.path} failed: ${describeError(error)}`, fields))
    } else {
      logger?.debug(withLogFields(`stripe-connect: ${req.method} ${req.path} -> ${status} ${body.code}`, fields))
    }
    if (retryAfterSeconds !== undefined) {
      res.setHeader("Retry-After", String(retryAfterSeconds))
    }
    res.status(status).json(body)
  }
}

/** Errors from workflow steps arrive serialized (plain objects); log their stack or message, never "[object Object]". */
function describeError(error: unknown): string {
  if (error instanceof Error) {
    return error.stack ?? error.message
  }
  if (typeof error === "object" && error !== null) {
    const { stack, message } = error as { stack?: unknown; message?: unknown }
    if (typeof stack === "string") return stack
    if (typeof message === "string") return message
    return JSON.stringify(error)
  }
  return String(error)
}
