import type Stripe from "stripe"

const MAX_TEXT_LENGTH = 255

export type ParsedStripeEvent =
  { event: Stripe.Event; malformed?: undefined } | { event?: undefined; malformed: string }

/**
 * Reads a verified body as a Stripe event, or says why it is not one. Besides valid JSON, the fields stored in
 * their own columns (id, type, account, api_version) must be short text without NUL characters (a `\u0000`
 * escape parses to one, which PostgreSQL text refuses) and `created` a time, so a stored row never fails its
 * insert because of what the event holds.
 */
export function parseStripeEvent(payload: string): ParsedStripeEvent {
  let value: unknown
  try {
    value = JSON.parse(payload)
  } catch {
    return { malformed: "the body is not JSON" }
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    return { malformed: "the body is not a JSON object" }
  }
  const event = value as Record<string, unknown>
  if (!isColumnText(event.id)) {
    return { malformed: "`id` is missing or not a short text" }
  }
  if (!isColumnText(event.type)) {
    return { malformed: "`type` is missing or not a short text" }
  }
  if (typeof event.created !== "number" || !Number.isFinite(event.created) || event.created < 0) {
    return { malformed: "`created` is not a time" }
  }
  const data = event.data as Record<string, unknown> | undefined
  if (!data || typeof data !== "object" || !data.object || typeof data.object !== "object") {
    return { malformed: "`data.object` is missing" }
  }
  if (event.account != null && !isColumnText(event.account)) {
    return { malformed: "`account` is not a short text" }
  }
  if (event.api_version != null && !isColumnText(event.api_version)) {
    return { malformed: "`api_version` is not a short text" }
  }
  return { event: value as Stripe.Event }
}

/** A non-empty string that fits a text column as it is. */
export function isColumnText(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= MAX_TEXT_LENGTH && !value.includes("\u0000")
}
