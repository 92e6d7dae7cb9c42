import Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"
import { isResourceMissing } from "./is-resource-missing"

/** Payouts of a connected account to its bank: all calls are made on the account (`Stripe-Account`). */
export function payoutsGateway(stripe: Stripe) {
  return {
    create: (
      stripeAccount: string,
      params: Stripe.PayoutCreateParams,
      idempotencyKey: string
    ): Promise<Stripe.Payout> =>
      callStripe({ accountId: stripeAccount, action: `pay out from ${stripeAccount}` }, () =>
        stripe.payouts.create(params, requestOptions(stripeAccount, idempotencyKey))
      ),

    retrieve: (
      stripeAccount: string,
      payoutId: string,
      params: Stripe.PayoutRetrieveParams = {}
    ): Promise<Stripe.Payout> =>
      callStripe({ accountId: stripeAccount, action: "read the payout" }, () =>
        stripe.payouts.retrieve(payoutId, params, requestOptions(stripeAccount))
      ),

    /** The payout as Stripe holds it now, or null when Stripe no longer knows it. */
    find: (stripeAccount: string, payoutId: string): Promise<Stripe.Payout | null> =>
      callStripe({ accountId: stripeAccount, action: "read the payout" }, () =>
        stripe.payouts.retrieve(payoutId, {}, requestOptions(stripeAccount)).catch((error: unknown) => {
          if (isResourceMissing(error)) {
            return null
          }
          throw error
        })
      ),

    list: (stripeAccount: string, params: Stripe.PayoutListParams): Promise<Stripe.ApiList<Stripe.Payout>> =>
      callStripe({ accountId: stripeAccount, action: "list payouts" }, () =>
        stripe.payouts.list(params, requestOptions(stripeAccount))
      ),

    /**
     * The list with each payout's bank account (its expanded destination). Where Stripe cannot expand it, the
     * list is read again without: the destination is then an id rather than the whole list failing.
     */
    listWithDestination: (
      stripeAccount: string,
      params: Stripe.PayoutListParams
    ): Promise<Stripe.ApiList<Stripe.Payout>> =>
      callStripe({ accountId: stripeAccount, action: "list payouts" }, () =>
        stripe.payouts
          .list({ ...params, expand: ["data.destination"] }, requestOptions(stripeAccount))
          .catch((error: unknown) => {
            if (error instanceof Stripe.errors.StripeInvalidRequestError && error.param === "expand") {
              return stripe.payouts.list(params, requestOptions(stripeAccount))
            }
            throw error
          })
      ),

    cancel: (stripeAccount: string, payoutId: string, idempotencyKey: string): Promise<Stripe.Payout> =>
      callStripe({ accountId: stripeAccount, action: `cancel payout ${payoutId}` }, () =>
        stripe.payouts.cancel(payoutId, {}, requestOptions(stripeAccount, idempotencyKey))
      ),
  }
}
