import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, balanceInsufficient, invalidRequest } from "../errors"
import { newId } from "../ids"
import { listOf } from "../list"
import { Router } from "../router"
import { PLATFORM } from "../store"
import { platformAccount } from "./accounts"
import { metadataFrom, mutate, requireCurrency, requirePositiveAmount } from "./common"
import { payoutDestination } from "./external-accounts"

export const PAYOUT_FAILURES: Record<string, string> = {
  account_closed: "The bank account has been closed.",
  insufficient_funds: "Your Stripe account has insufficient funds to cover the payout.",
  no_account: "The bank account details on file are probably incorrect. No bank account could be located with those details.",
  account_frozen: "The bank account has been frozen.",
  could_not_process: "The bank could not process this payout.",
  invalid_account_number: "The routing number seems correct, but the account number is invalid.",
  declined: "The bank has declined this transfer.",
}

export function requirePayout(em: Emulator, scope: string, id: string): Stripe.Payout {
  return em.store.require<Stripe.Payout>(scope, "payout", id, "payout", "payout")
}

/** pending -> in_transit -> paid, or -> failed (funds come back to the available balance). */
export function advancePayout(em: Emulator, scope: string, payout: Stripe.Payout, to: "in_transit" | "paid" | "failed", failureCode = "account_closed"): Stripe.Payout {
  const allowed: Record<string, string[]> = { in_transit: ["pending"], paid: ["pending", "in_transit"], failed: ["pending", "in_transit"] }
  if (!allowed[to].includes(payout.status)) throw invalidRequest(`Payout ${payout.id} has status ${payout.status} and cannot move to ${to}.`, "status", "payout_unexpected_state")
  if (to === "failed") {
    const txn = em.ledger.record(scope, { amount: payout.amount, currency: payout.currency, type: "payout_failure", source: payout.id, status: "available" })
    return mutate(em, scope, payout, "payout.failed", (p) => {
      p.status = "failed"
      p.failure_code = failureCode
      p.failure_message = PAYOUT_FAILURES[failureCode] ?? "The payout failed."
      p.failure_balance_transaction = txn.id
    })
  }
  return mutate(em, scope, payout, to === "paid" ? "payout.paid" : "payout.updated", (p) => {
    p.status = to
    if (to === "paid") p.arrival_date = Math.min(p.arrival_date, em.now())
  })
}

/** The payout's bank account: the one named (it must be the account's), else its default for the currency. */
function destinationFor(em: Emulator, scope: string, currency: string, named: string | undefined): string | null {
  if (scope === PLATFORM) platformAccount(em)
  if (named) return em.store.require<Stripe.BankAccount>(scope, "bank_account", named, "external account", "destination").id
  return payoutDestination(em, scope, currency)?.id ?? null
}

export function registerPayouts(r: Router): void {
  r.post("/v1/payouts", ({ em, scope, params }) => {
    const amount = requirePositiveAmount(params)
    const currency = requireCurrency(params)
    const available = em.ledger.total(scope, currency, "available")
    if (available < amount) {
      throw balanceInsufficient(`You have insufficient funds in your Stripe account for this transfer. Your card balance is too low. You can use the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).`)
    }
    const destination = destinationFor(em, scope, currency, params.str("destination") || undefined)
    const id = newId("po")
    const txn = em.ledger.record(scope, { amount: -amount, currency, type: "payout", source: id, status: "available" })
    const method = params.str("method") ?? "standard"
    const created = em.now()
    const payout: Stripe.Payout = {
      id,
      object: "payout",
      amount,
      application_fee: null,
      application_fee_amount: null,
      arrival_date: method === "instant" ? created : created + 2 * 86400,
      automatic: false,
      balance_transaction: txn.id,
      created,
      currency,
      description: params.str("description") || null,
      destination,
      failure_balance_transaction: null,
      failure_code: null,
      failure_message: null,
      livemode: false,
      metadata: metadataFrom(params),
      method,
      original_payout: null,
      payout_method: null,
      reconciliation_status: "not_applicable",
      reversed_by: null,
      source_type: params.str("source_type") ?? "card",
      statement_descriptor: params.str("statement_descriptor") || null,
      status: "pending",
      trace_id: null,
      type: "bank_account",
    }
    em.store.put(scope, "payout", payout)
    em.events.emit(scope, "payout.created", payout)
    return payout
  })
  r.get("/v1/payouts", ({ em, scope, params }) => {
    const status = params.str("status")
    return listOf(em.store.all<Stripe.Payout>(scope, "payout"), params, "/v1/payouts", (p) => !status || p.status === status)
  })
  r.get("/v1/payouts/:payout", ({ em, scope, path }) => requirePayout(em, scope, path.payout))
  r.post("/v1/payouts/:payout", ({ em, scope, path, params }) =>
    mutate(em, scope, requirePayout(em, scope, path.payout), "payout.updated", (p) => {
      p.metadata = metadataFrom(params, p.metadata ?? {})
    })
  )
  r.post("/v1/payouts/:payout/cancel", ({ em, scope, path }) => {
    const payout = requirePayout(em, scope, path.payout)
    if (payout.status !== "pending") {
      throw new ApiError(400, "invalid_request_error", `Payouts can only be canceled while they are pending. This payout has status ${payout.status}.`, "payout_not_cancelable")
    }
    em.ledger.record(scope, { amount: payout.amount, currency: payout.currency, type: "payout_cancel", source: payout.id, status: "available" })
    return mutate(em, scope, payout, "payout.canceled", (p) => {
      p.status = "canceled"
    })
  })
}
