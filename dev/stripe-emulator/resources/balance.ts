import type Stripe from "stripe"
import { listOf } from "../list"
import { Router } from "../router"
import { settledBy } from "./payouts"

export function registerBalance(r: Router): void {
  r.get("/v1/balance", ({ em, scope }) => em.ledger.balance(scope))
  r.get("/v1/balance_transactions", ({ em, scope, params }) => {
    const type = params.str("type")
    const source = params.str("source")
    const currency = params.currency()
    const payout = params.str("payout")
    const inPayout = payout ? settledBy(em, scope, payout) : () => true
    return listOf(
      em.store.all<Stripe.BalanceTransaction>(scope, "balance_transaction"),
      params,
      "/v1/balance_transactions",
      (t) => (!type || t.type === type) && (!source || t.source === source) && (!currency || t.currency === currency) && inPayout(t)
    )
  })
  r.get("/v1/balance_transactions/:id", ({ em, scope, path }) =>
    em.store.require<Stripe.BalanceTransaction>(scope, "balance_transaction", path.id, "balance transaction")
  )
}
