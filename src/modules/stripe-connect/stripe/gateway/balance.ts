import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

/** Balances: the platform's, or a connected account's when `stripeAccount` is given. */
export function balanceGateway(stripe: Stripe) {
  return {
    retrieve: (stripeAccount?: string | null): Promise<Stripe.Balance> =>
      callStripe(
        {
          accountId: stripeAccount ?? undefined,
          action: stripeAccount ? "read the account balance" : "read the platform balance",
        },
        () => stripe.balance.retrieve({}, requestOptions(stripeAccount))
      ),
  }
}
