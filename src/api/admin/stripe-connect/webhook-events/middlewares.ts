import { type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody, validateQuery } from "../../../utils/validate-request"
import {
  AdminGetWebhookEventParams,
  AdminGetWebhookEventsParams,
  AdminRecoverWebhookEvents,
  AdminReplayWebhookEvent,
} from "./validators"

export const stripeConnectWebhookEventsMiddlewares: MiddlewareRoute[] = [
  {
    matcher: "/admin/stripe-connect/webhook-events",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetWebhookEventsParams, { defaults: [], isList: true, defaultLimit: 20 })],
  },
  {
    matcher: "/admin/stripe-connect/webhook-events/:id",
    methods: ["GET"],
    middlewares: [validateQuery(AdminGetWebhookEventParams, { defaults: [] })],
  },
  {
    matcher: "/admin/stripe-connect/webhook-events/:id/replay",
    methods: ["POST"],
    middlewares: [validateBody(AdminReplayWebhookEvent)],
  },
  {
    matcher: "/admin/stripe-connect/webhook-events/recover",
    methods: ["POST"],
    middlewares: [validateBody(AdminRecoverWebhookEvents)],
  },
]
