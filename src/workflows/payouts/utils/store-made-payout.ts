import type Stripe from "stripe"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

/** What the local record of a payout needs beside Stripe's payout (kept on its intent for recovery). */
export type PayoutRecordContext = { merchant_id: string; request_id: string }

/**
 * Stores a payout the plugin made and answers its row id. Stripe sends `payout.created` at once, and its handler
 * stores payouts it does not know, so it may have stored this one first: the unique payout id refuses the second
 * row, and that stored row then gets this request's id (so a retried request finds it) instead of failing a
 * payout that was made.
 */
export async function storeMadePayout(
  service: StripeConnectModuleService,
  payout: Stripe.Payout,
  stripeAccountId: string,
  context: PayoutRecordContext
): Promise<string> {
  const { row, inserted } = await service.createPayoutOrFindStored({
    payout_id: payout.id,
    stripe_account_id: stripeAccountId,
    merchant_id: context.merchant_id,
    amount: payout.amount,
    currency: payout.currency,
    status: payout.status,
    method: payout.method,
    arrival_date: payout.arrival_date ? new Date(payout.arrival_date * 1000).toISOString().slice(0, 10) : null,
    request_id: context.request_id,
  })
  if (!inserted) {
    await service.updateStripeConnectPayouts({ id: row.id, request_id: context.request_id })
  }
  return row.id
}
