import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"
import { isResourceMissing } from "./is-resource-missing"

/** Disputes: the platform's, or a connected account's (direct charges) when `stripeAccount` is given. */
export function disputesGateway(stripe: Stripe) {
  return {
    retrieve: (disputeId: string, stripeAccount?: string | null): Promise<Stripe.Dispute> =>
      callStripe({ accountId: stripeAccount ?? undefined, action: `read dispute ${disputeId}` }, () =>
        stripe.disputes.retrieve(disputeId, {}, requestOptions(stripeAccount))
      ),

    /** The dispute as Stripe holds it now, or null when Stripe no longer knows it. */
    find: (disputeId: string, stripeAccount?: string | null): Promise<Stripe.Dispute | null> =>
      callStripe({ accountId: stripeAccount ?? undefined, action: `read dispute ${disputeId}` }, () =>
        stripe.disputes.retrieve(disputeId, {}, requestOptions(stripeAccount)).catch((error: unknown) => {
          if (isResourceMissing(error)) {
            return null
          }
          throw error
        })
      ),

    /** Stages or submits evidence (or puts back evidence a failed workflow staged). */
    update: (
      disputeId: string,
      params: Stripe.DisputeUpdateParams,
      stripeAccount?: string | null,
      idempotencyKey?: string
    ): Promise<Stripe.Dispute> =>
      callStripe({ accountId: stripeAccount ?? undefined, action: `update the evidence of dispute ${disputeId}` }, () =>
        stripe.disputes.update(disputeId, params, requestOptions(stripeAccount, idempotencyKey))
      ),
  }
}
