import { z } from "@medusajs/framework/zod"
import { parseTimeParam } from "../../../../modules/stripe-connect/webhooks/time-param"
import { WEBHOOK_EVENT_STATUSES } from "../../../../shared/types/webhook-events"
import { listParams } from "../../../utils/list-params"

const oneOrMany = <T extends z.ZodType>(item: T) =>
  z.union([item, z.array(item)]).transform((value) => (Array.isArray(value) ? value : [value]) as z.output<T>[])

/** A time as ISO 8601 or unix seconds; messages name the field, as Medusa's formatter leaves custom paths out. */
const time = (field: string) =>
  z.union([z.string(), z.number()]).transform((value, ctx) => {
    const date = parseTimeParam(value)
    if (!date) {
      ctx.addIssue({ code: "custom", message: `${field} must be an ISO 8601 date-time or unix seconds` })
      return z.NEVER
    }
    return date
  })

/**
 * List webhook events (docs/api.md#list-webhook-events): newest first, filtered by type, status, account, Stripe
 * event id, the event's object, a related object, received time.
 */
export const AdminGetWebhookEventsParams = listParams(20, {
  type: oneOrMany(z.string().min(1).max(255)).optional(),
  status: oneOrMany(z.enum(WEBHOOK_EVENT_STATUSES)).optional(),
  account: oneOrMany(z.string().min(1).max(255)).optional(),
  stripe_event_id: oneOrMany(z.string().min(1).max(255))
    .refine((ids) => ids.length <= 100, { message: "stripe_event_id: at most 100 ids" })
    .optional(),
  object_id: z.string().min(1).max(255).optional(),
  related_object_id: z.string().min(1).max(255).optional(),
  created_after: time("created_after").optional(),
  created_before: time("created_before").optional(),
})
export type AdminGetWebhookEventsParamsType = z.infer<typeof AdminGetWebhookEventsParams>

/** Show webhook event (docs/api.md#show-webhook-event): `include_payload=1` adds the raw Stripe payload. */
export const AdminGetWebhookEventParams = z
  .object({
    include_payload: z.enum(["0", "1", "true", "false"]).optional(),
  })
  .strict()
export type AdminGetWebhookEventParamsType = z.infer<typeof AdminGetWebhookEventParams>

/** Replay takes no body. */
export const AdminReplayWebhookEvent = z.object({}).strict()

/** The longest look-back Stripe allows: it keeps events for 30 days. */
const MAX_RECOVERY_SECONDS = 30 * 24 * 60 * 60

/** Missed-event recovery: from when (default: the last 24 hours) and optionally one scope. */
export const AdminRecoverWebhookEvents = z
  .object({
    since: time("since")
      .refine((date) => date.getTime() >= Date.now() - MAX_RECOVERY_SECONDS * 1000, {
        message: "since must be within the last 30 days (Stripe keeps events for 30 days)",
      })
      .optional(),
    account: z
      .string()
      .regex(/^(platform|acct_[A-Za-z0-9]+)$/, 'account must be "platform" or a connected account id (acct_...)')
      .optional(),
  })
  .strict()
export type AdminRecoverWebhookEventsType = z.infer<typeof AdminRecoverWebhookEvents>
