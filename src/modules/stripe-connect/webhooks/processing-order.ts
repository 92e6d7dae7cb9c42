/** The fields of a stored event that decide its processing order. */
export type OrderableEvent = {
  id: string
  account: string | null
  related_object_ids: string[]
  stripe_created_at: Date | string
}

/**
 * Splits claimed events into chains that can run side by side: events about the same object (same account and
 * first related id) form one chain, oldest `created` first, so they are handled in Stripe's order; events about
 * different objects are independent. Events without an object each form their own chain.
 */
export function orderForProcessing<T extends OrderableEvent>(events: T[]): T[][] {
  const chains = new Map<string, T[]>()
  for (const event of events) {
    const objectId = event.related_object_ids[0]
    const key = objectId ? `${event.account ?? ""}\u0000${objectId}` : `\u0001${event.id}`
    const chain = chains.get(key)
    if (chain) {
      chain.push(event)
    } else {
      chains.set(key, [event])
    }
  }
  const time = (event: T) => new Date(event.stripe_created_at).getTime()
  return [...chains.values()].map((chain) => chain.sort((a, b) => time(a) - time(b)))
}
