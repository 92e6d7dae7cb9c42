import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { probeLocking } from "../../../../modules/stripe-connect/locking/probe-locking"
import type { StripeConnectHealthResponse } from "../../../../shared/types/health"
import { assertPlatformWideCaller } from "../../../utils/access/platform-wide"

/**
 * The plugin's health across all merchants (docs/api.md#health): webhook backlog, lag and failures, the lock
 * service (probed now), Stripe's recent errors. Platform-wide figures, so a grant limited to merchants is refused.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse<StripeConnectHealthResponse>) => {
  assertPlatformWideCaller(req, "The plugin's health covers every merchant: it needs a grant without merchant limits")
  const service = req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
  const locks = await probeLocking(req.scope.resolve<ILockingModule>(Modules.LOCKING))
  res.json(await service.getHealth(locks))
}
