import type Stripe from "stripe"
import type { StripeTimes } from "./record-dates"

const ALL = { limit: 10_000 }

/**
 * Stripe's side of the dates, from list calls only (the demo's emulator answers 500 to reads of one transfer on
 * purpose): payment intents, refunds and transfers of the platform, each payout account's payouts, and when each
 * payment intent succeeded (its `payment_intent.succeeded` event: a charge carries no capture time).
 */
export async function readStripeTimes(stripe: Stripe, payoutAccounts: string[]): Promise<StripeTimes> {
  const created = new Map<string, number>()
  const note = (objects: { id: string; created: number }[]) => objects.forEach((object) => created.set(object.id, object.created))
  note(await stripe.paymentIntents.list({ limit: 100 }).autoPagingToArray(ALL))
  note(await stripe.refunds.list({ limit: 100 }).autoPagingToArray(ALL))
  note(await stripe.transfers.list({ limit: 100 }).autoPagingToArray(ALL))
  for (const account of payoutAccounts) {
    note(await stripe.payouts.list({ limit: 100 }, { stripeAccount: account }).autoPagingToArray(ALL))
  }

  const captured = new Map<string, number>()
  const succeeded = await stripe.events.list({ type: "payment_intent.succeeded", limit: 100 }).autoPagingToArray(ALL)
  for (const event of succeeded) {
    const intentId = (event.data.object as Stripe.PaymentIntent).id
    captured.set(intentId, Math.min(event.created, captured.get(intentId) ?? event.created))
  }
  return { created, captured }
}
