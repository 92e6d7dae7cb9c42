import type Stripe from "stripe"
import type { StripeGateway } from "../../../modules/stripe-connect/stripe"
import type { BalanceTransactionPageQuery } from "../../../modules/stripe-connect/stripe/gateway/balance"

/** Stripe's largest page. */
const PAGE_SIZE = 100

/**
 * Every page of a balance transaction list, newest first, one request at a time: the caller stores a page before
 * the next is read, so a long history is never held in memory at once.
 */
export async function* balanceTransactionPages(
  gateway: StripeGateway,
  query: Omit<BalanceTransactionPageQuery, "startingAfter" | "limit">
): AsyncGenerator<Stripe.BalanceTransaction[]> {
  let startingAfter: string | undefined
  do {
    const page = await gateway.balance.listTransactions({ ...query, startingAfter, limit: PAGE_SIZE })
    if (page.data.length) {
      yield page.data
    }
    startingAfter = page.has_more ? page.data[page.data.length - 1]?.id : undefined
  } while (startingAfter)
}
