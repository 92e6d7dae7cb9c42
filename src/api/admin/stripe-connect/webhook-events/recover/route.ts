import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { recoverMissedWebhookEventsWorkflow } from "../../../../../workflows/webhook-events/workflows/recover-missed-webhook-events"
import type { StoreMissedWebhookEventsResult } from "../../../../../workflows/webhook-events/steps/store-missed-webhook-events"
import type { AdminRecoverWebhookEventsType } from "../validators"

const DEFAULT_LOOK_BACK_SECONDS = 24 * 60 * 60

/**
 * Missed-event recovery on demand: lists Stripe's events since `since` (default: 24 hours ago) for the platform
 * and the known connected accounts (or the one `account`), stores those never received and processes them.
 */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminRecoverWebhookEventsType>,
  res: MedusaResponse<StoreMissedWebhookEventsResult & { since: string }>
) => {
  const since = req.validatedBody.since
    ? Math.floor(req.validatedBody.since.getTime() / 1000)
    : Math.floor(Date.now() / 1000) - DEFAULT_LOOK_BACK_SECONDS
  const { result } = await recoverMissedWebhookEventsWorkflow(req.scope).run({
    input: { since, account: req.validatedBody.account },
  })
  res.json({ ...result, since: new Date(since * 1000).toISOString() })
}
