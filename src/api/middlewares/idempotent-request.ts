import type { MedusaNextFunction, MedusaRequest, MedusaResponse, MiddlewareRoute } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { Logger } from "@medusajs/framework/types"
import { STRIPE_CONNECT_MODULE } from "../../modules/stripe-connect"
import type StripeConnectModuleService from "../../modules/stripe-connect/service"
import { StripeConnectError } from "../../modules/stripe-connect/errors/stripe-connect-error"
import { idempotencyKeyOf, idempotencyScopeOf } from "../utils/request-id"
import { requestFingerprint } from "../utils/request-fingerprint"
import { errorMessageOf } from "../../modules/stripe-connect/errors/error-text"

/** The admin routes that move money or create something at Stripe: each honours `Idempotency-Key` this way. */
const IDEMPOTENT_ROUTES: { matcher: string; methods: ("POST" | "PUT")[] }[] = [
  { matcher: "/admin/stripe-connect/accounts", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/accounts/:account_id/onboarding-link", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/accounts/:account_id/dashboard-link", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/accounts/:account_id/payouts", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/payments", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/payments/:id/capture", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/payments/:id/refund", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/transfers", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/transfers/:transfer_id/reverse", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/fees", methods: ["PUT", "POST"] },
  { matcher: "/admin/stripe-connect/invoices", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/invoices/:id/void", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/invoices/:id/refund", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/pay-links", methods: ["POST"] },
  { matcher: "/admin/stripe-connect/orders/:order_id/sellers/:account_id/refund", methods: ["POST"] },
]

/**
 * Answers worth repeating to a retry: success and the client's own mistakes. A 409 or 429 (busy, throttled) and a
 * 5xx (Stripe or the server failed, the outcome may be unknown) free the key, so the client's retry runs again;
 * the Stripe idempotency keys derived from the same key keep that retry from moving money twice.
 */
function isAnswerToRemember(status: number): boolean {
  return status < 500 && status !== 409 && status !== 429
}

/**
 * `Idempotency-Key` with Stripe's semantics (docs/api.md#idempotency). Without the header the request runs as it is.
 * With it: the key is claimed for this caller in one atomic statement; a repeat of the same request (method,
 * route, caller and canonical body) gets the stored answer again (status and body, `Idempotent-Replayed: true`)
 * for 24 hours, another request under that key is a 400 `idempotency_error`, and a repeat while the first is
 * still running is a 409 `conflict`: never a second execution.
 */
export async function idempotentRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const key = idempotencyKeyOf(req)
    if (key === undefined) {
      return next()
    }
    const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const scope = idempotencyScopeOf(req)
    const path = req.originalUrl.split("?")[0]
    const fingerprint = requestFingerprint({ method: req.method, path, scope, body: req.body })
    const claim = await service.claimIdempotencyKey({ scope, key, fingerprint, method: req.method, path })
    if (!claim.claimed) {
      const stored = claim.stored
      if (stored && stored.fingerprint !== fingerprint) {
        throw new StripeConnectError(
          "idempotency_error",
          `Idempotency-Key ${key} was used for another request (another route or body); use a new key for a different request`,
          { param: "Idempotency-Key" }
        )
      }
      if (!stored || stored.response_status === null || stored.response_body === null) {
        throw new StripeConnectError(
          "conflict",
          `A request with Idempotency-Key ${key} is still running; retry once it has answered`,
          { param: "Idempotency-Key" }
        )
      }
      res.setHeader("Idempotent-Replayed", "true")
      res.status(stored.response_status).type("application/json").send(stored.response_body)
      return
    }
    rememberAnswer(req, res, service, claim.id)
    next()
  } catch (error) {
    next(error)
  }
}

/**
 * Stores the request's answer on its key before sending it (so a repeat that arrives right after the answer
 * finds it), or frees the key when the answer is not one to repeat or was not sent as JSON.
 */
function rememberAnswer(req: MedusaRequest, res: MedusaResponse, service: StripeConnectModuleService, id: string) {
  const logger = req.scope.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const sendJson = res.json.bind(res)
  let settled = false
  const settle = async (status: number, body: unknown) => {
    settled = true
    if (isAnswerToRemember(status)) {
      await service.completeIdempotencyKey(id, { status, body: JSON.stringify(body ?? null) })
    } else {
      await service.releaseIdempotencyKey(id)
    }
  }
  res.json = ((body: unknown) => {
    settle(res.statusCode, body)
      .catch((error: unknown) => {
        logger.warn(`stripe-connect: could not store the answer of an idempotent request: ${errorMessageOf(error)}`)
      })
      .finally(() => sendJson(body))
    return res
  }) as typeof res.json
  // A client that hangs up does not end the request: its key stays held until the answer (or the lease) ends.
  res.on("finish", () => {
    if (!settled) {
      settled = true
      service.releaseIdempotencyKey(id).catch(() => undefined)
    }
  })
}

/** The idempotency middleware on every idempotent route; registered after the routes' validation. */
export const stripeConnectIdempotencyMiddlewares: MiddlewareRoute[] = IDEMPOTENT_ROUTES.map(({ matcher, methods }) => ({
  matcher,
  methods,
  middlewares: [idempotentRequest],
}))
