import type { WebhookEventHandlerInput } from "../../webhook-events/handlers/types"
import { handleStripePayoutEvent } from "../../payouts/handlers/payout-events"
import { scheduleLedgerCatchUp } from "../utils/coalesced-catch-up"

/**
 * `payout.paid` / `payout.updated`: the payout handler runs, then the payout's balance (the connected account's,
 * or the platform's) is caught up in the background, so the payout's lines reach the ledger without waiting for the
 * job. The event does not wait for it and never fails because of it: a failed catch-up is logged and the scheduled
 * job catches up later, and a burst of payout events makes one or two catch-ups, not one each.
 */
export async function handlePayoutEventWithLedger(input: WebhookEventHandlerInput) {
  const handled = await handleStripePayoutEvent(input)
  void scheduleLedgerCatchUp(input.container, input.record.account ?? input.event.account ?? null)
  return handled
}
