import { statusesAcceptingRank, type WriteGuard } from "../records"

/**
 * How far a payment intent has come. Before authorization it moves freely (a failed attempt goes back to
 * requires_payment_method); after that it only moves on: requires_capture, then succeeded or canceled.
 */
const RANK: Readonly<Record<string, number>> = {
  requires_payment_method: 0,
  requires_confirmation: 0,
  requires_action: 0,
  processing: 0,
  requires_capture: 1,
  succeeded: 2,
  canceled: 2,
}

/** The stored payment statuses that a payment intent status read from Stripe may replace. */
export function paymentStatusesAccepting(incoming: string): string[] {
  return statusesAcceptingRank(RANK, incoming)
}

/**
 * What a stored payment must still be for a copy of Stripe's payment intent to be written over it: a status no
 * further on, and captured, refunded and fee-refunded amounts no higher (they only grow). A copy read before a
 * capture or refund that another writer stored meanwhile is older and is refused.
 */
export function paymentWriteGuard(mirror: {
  status: string
  amount_captured: number
  amount_refunded: number
  application_fee_refunded: number
}): WriteGuard {
  return {
    oneOf: { status: paymentStatusesAccepting(mirror.status) },
    atMost: {
      amount_captured: mirror.amount_captured,
      amount_refunded: mirror.amount_refunded,
      application_fee_refunded: mirror.application_fee_refunded,
    },
  }
}

/**
 * The guard of a write that moves a stored payment to succeeded: `paymentWriteGuard`, accepting only a stored
 * payment not yet succeeded. Of all writers storing succeeded (a staff capture, any payment handler, duplicates and
 * replays), exactly one gets its row through this guard, and that one tells the host the payment succeeded.
 */
export function paymentSucceedingGuard(mirror: Parameters<typeof paymentWriteGuard>[0]): WriteGuard {
  const guard = paymentWriteGuard(mirror)
  return { ...guard, oneOf: { status: (guard.oneOf?.status ?? []).filter((status) => status !== "succeeded") } }
}
