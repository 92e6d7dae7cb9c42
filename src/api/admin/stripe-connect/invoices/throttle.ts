import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../../modules/stripe-connect/errors/stripe-connect-error"
import { decideThrottle, INVOICE_REFUND_THROTTLE } from "../../../../modules/stripe-connect/invoices/throttle"
import { getAccessScope } from "../../../utils/access-scope"
import { runLocked } from "../../../../modules/stripe-connect/locking/run-locked"

/**
 * Refund invoice (docs/api.md#refund-invoice) is throttled to 20 requests per minute per user. Each accepted request is
 * a row in the database (`stripe_connect_throttle_hit`), so every app instance sharing the database counts the same
 * requests; the check and the insert run under a lock keyed by the user. Over the limit: 429 `rate_limited` with
 * `Retry-After` (seconds until the oldest request in the window leaves it).
 */
export async function throttleInvoiceRefunds(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const { actorId } = getAccessScope(req)
    const { bucket, limit, windowMs } = INVOICE_REFUND_THROTTLE
    const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const locking = req.scope.resolve<ILockingModule>(Modules.LOCKING)
    await runLocked(
      locking,
      `stripe-connect:throttle:${bucket}:${actorId}`,
      async () => {
        const now = new Date()
        const windowStart = new Date(now.getTime() - windowMs)
        const hits = await service.listStripeConnectThrottleHits(
          { bucket, actor_id: actorId, hit_at: { $gt: windowStart } },
          { select: ["hit_at"], take: limit + 1, order: { hit_at: "DESC" } }
        )
        const decision = decideThrottle({ hits: hits.map((hit) => new Date(hit.hit_at)), now, limit, windowMs })
        if (!decision.allowed) {
          throw new StripeConnectError(
            "rate_limited",
            `Too many refund requests: at most ${limit} per minute; retry in ${decision.retryAfterSeconds} s`,
            { retryAfterSeconds: decision.retryAfterSeconds }
          )
        }
        await service.createStripeConnectThrottleHits({ bucket, actor_id: actorId, hit_at: now })
        const stale = await service.listStripeConnectThrottleHits(
          { bucket, actor_id: actorId, hit_at: { $lte: windowStart } },
          { select: ["id"] }
        )
        if (stale.length) {
          await service.deleteStripeConnectThrottleHits(stale.map((hit) => hit.id))
        }
      },
      { timeout: 30 }
    )
    next()
  } catch (error) {
    next(error)
  }
}
