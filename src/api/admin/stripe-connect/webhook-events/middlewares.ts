import { validateAndTransformBody, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
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
    middlewares: [
      validateAndTransformQuery(AdminGetWebhookEventsParams, { defaults: [], isList: true, defaultLimit: 20 }),
    ],
  },
  {
    matcher: "/admin/stripe-connect/webhook-events/:id",
    methods: ["GET"],
    middlewares: [validateAndTransformQuery(AdminGetWebhookEventParams, { defaults: [] })],
  },
  {
    matcher: "/admin/stripe-connect/webhook-events/:id/replay",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminReplayWebhookEvent)],
  },
  {
    matcher: "/admin/stripe-connect/webhook-events/recover",
    methods: ["POST"],
    middlewares: [validateAndTransformBody(AdminRecoverWebhookEvents)],
  },
]
