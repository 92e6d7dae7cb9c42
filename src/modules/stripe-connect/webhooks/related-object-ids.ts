import type Stripe from "stripe"

/** Fields of an event's object that name another object the event is about, in the order they are listed. */
const RELATED_FIELDS = ["payment_intent", "charge", "latest_charge", "invoice"] as const

const MAX_ID_LENGTH = 255

/**
 * The ids an event is about, for finding it later ("every event of this invoice"): the event object's own id
 * first, then its payment intent, charge and invoice where present (as ids or expanded objects). Duplicates and
 * anything that is not a plausible Stripe id are left out.
 */
export function relatedObjectIds(event: Pick<Stripe.Event, "data">): string[] {
  const object = event.data?.object as unknown as Record<string, unknown> | undefined
  if (!object || typeof object !== "object") {
    return []
  }
  const ids: string[] = []
  const add = (value: unknown) => {
    const id = idOf(value)
    if (id && !ids.includes(id)) {
      ids.push(id)
    }
  }
  add(object.id)
  for (const field of RELATED_FIELDS) {
    add(object[field])
  }
  return ids
}

function idOf(value: unknown): string | null {
  if (typeof value === "string") {
    return value.length > 0 && value.length <= MAX_ID_LENGTH && !value.includes("\u0000") ? value : null
  }
  if (value && typeof value === "object" && "id" in value) {
    return idOf((value as { id: unknown }).id)
  }
  return null
}
