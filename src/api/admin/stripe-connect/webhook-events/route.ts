import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { toWebhookEventResponse } from "../../../../modules/stripe-connect/webhooks/to-webhook-event-response"
import type { WebhookEventResponse } from "../../../../shared/types/webhook-events"
import { STRIPE_CONNECT_MODULE } from "../../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../../modules/stripe-connect/service"
import { visibleAccountIds } from "./helpers"
import type { AdminGetWebhookEventsParamsType } from "./validators"
import { listPage } from "../../../utils/list-params"

/** Counting stops here: a count over a long log would cost more than the page itself. */
const COUNT_LIMIT = 1_000

type WebhookEventList = {
  data: WebhookEventResponse[]
  count: number
  count_is_lower_bound: boolean
  offset: number
  limit: number
}

/** List webhook events (docs/api.md#list-webhook-events): newest first (received time), paginated, without payloads. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetWebhookEventsParamsType>,
  res: MedusaResponse<WebhookEventList>
) => {
  const { type, status, account, stripe_event_id, object_id, related_object_id, created_after, created_before } =
    req.validatedQuery
  const { skip, take } = listPage(req)
  const visible = await visibleAccountIds(req)
  const page = await req.scope.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).listStoredWebhookEvents(
    {
      type,
      status,
      account,
      stripe_event_id,
      object_id,
      related_object_id,
      created_after,
      created_before,
      ...(visible ? { scope_accounts: visible } : {}),
    },
    { offset: skip, limit: take, countLimit: COUNT_LIMIT }
  )
  res.json({
    data: page.data.map((row) => toWebhookEventResponse(row)),
    count: page.count,
    count_is_lower_bound: page.count_is_lower_bound,
    offset: skip,
    limit: take,
  })
}
