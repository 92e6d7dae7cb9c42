import type Stripe from "stripe"
import { callStripe, requestOptions } from "../call-stripe"

export type BalanceTransactionPageQuery = {
  /** The connected account whose balance is read; null or absent for the platform's. */
  stripeAccount?: string | null
  /** Only lines created at or after this Unix time (Stripe's `created[gte]`). */
  createdGte?: number
  /** Only the lines this payout settled (Stripe's `payout` filter). */
  payout?: string
  /** The last line of the previous page: the next page holds older lines. */
  startingAfter?: string
  limit?: number
  /** Expand each line's source object (`expand[]=data.source`), as the ledger sync does for the matching. */
  expandSource?: boolean
}

/** Balances and their lines: the platform's, or a connected account's when `stripeAccount` is given. */
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

    /** One page of balance transactions, newest first. */
    listTransactions: (query: BalanceTransactionPageQuery): Promise<Stripe.ApiList<Stripe.BalanceTransaction>> =>
      callStripe(
        {
          accountId: query.stripeAccount ?? undefined,
          action: query.stripeAccount
            ? "list the account's balance transactions"
            : "list the platform's balance transactions",
        },
        () =>
          stripe.balanceTransactions.list(
            {
              limit: query.limit ?? 100,
              ...(query.createdGte !== undefined ? { created: { gte: query.createdGte } } : {}),
              ...(query.payout ? { payout: query.payout } : {}),
              ...(query.startingAfter ? { starting_after: query.startingAfter } : {}),
              ...(query.expandSource ? { expand: ["data.source"] } : {}),
            },
            requestOptions(query.stripeAccount)
          )
      ),
  }
}
