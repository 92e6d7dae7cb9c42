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
  const moved = mutate(em, scope, payout, to === "paid" ? "payout.paid" : "payout.updated", (p) => {
    p.status = to
    if (to === "paid") p.arrival_date = Math.min(p.arrival_date, em.now())
  })
  if (to === "paid" && payout.automatic) {
    return mutate(em, scope, payout, "payout.reconciliation_completed", (p) => {
      p.reconciliation_status = "completed"
    })
  }
  return moved
}

/** The payout's bank account: the one named (it must be the account's), else its default for the currency. */
function destinationFor(em: Emulator, scope: string, currency: string, named: string | undefined): string | null {
  if (scope === PLATFORM) platformAccount(em)
  if (named) return em.store.require<Stripe.BankAccount>(scope, "bank_account", named, "external account", "destination").id
  return payoutDestination(em, scope, currency)?.id ?? null
}

interface PayoutInput {
  amount: number
  currency: string
  destination: string | null
  method: string
  automatic: boolean
  description: string | null
  metadata: Stripe.Metadata
  sourceType: string
  statementDescriptor: string | null
}

function createPayout(em: Emulator, scope: string, input: PayoutInput): Stripe.Payout {
  const id = newId("po")
  const txn = em.ledger.record(scope, { amount: -input.amount, currency: input.currency, type: "payout", source: id, status: "available" })
  const created = em.now()
  const payout: Stripe.Payout = {
    id,
    object: "payout",
    amount: input.amount,
    application_fee: null,
    application_fee_amount: null,
    arrival_date: input.method === "instant" ? created : created + 2 * 86400,
    automatic: input.automatic,
    balance_transaction: txn.id,
    created,
    currency: input.currency,
    description: input.description,
    destination: input.destination,
    failure_balance_transaction: null,
    failure_code: null,
    failure_message: null,
    livemode: false,
    metadata: input.metadata,
    method: input.method,
    original_payout: null,
    payout_method: null,
    reconciliation_status: input.automatic ? "in_progress" : "not_applicable",
    reversed_by: null,
    source_type: input.sourceType,
    statement_descriptor: input.statementDescriptor,
    status: "pending",
    trace_id: null,
    type: "bank_account",
  }
  em.store.put(scope, "payout", payout)
  em.events.emit(scope, "payout.created", payout)
  return payout
}

/**
 * Stripe's automatic payout: it sweeps the available balance of one currency and settles every available line no
 * earlier automatic payout settled, its own debit included; `GET /v1/balance_transactions?payout=` lists them.
 */
export function createAutomaticPayout(em: Emulator, scope: string, currency: string): Stripe.Payout {
  const amount = em.ledger.total(scope, currency, "available")
  if (amount <= 0) throw balanceInsufficient(`There is no available ${currency} balance to pay out.`)
  const settled = em.ledger.unsettled(scope, currency, em.payoutOfLine)
  const payout = createPayout(em, scope, {
    amount,
    currency,
    destination: destinationFor(em, scope, currency, undefined),
    method: "standard",
    automatic: true,
    description: "STRIPE PAYOUT",
    metadata: {},
    sourceType: "card",
    statementDescriptor: null,
  })
  for (const line of settled) em.payoutOfLine.set(line.id, payout.id)
  em.payoutOfLine.set(String(payout.balance_transaction), payout.id)
  return payout
}

/** The lines `?payout=` answers: those an automatic payout settled; for a manual payout, its own line only. */
export function settledBy(em: Emulator, scope: string, payoutId: string): (t: Stripe.BalanceTransaction) => boolean {
  const payout = em.store.get<Stripe.Payout>(scope, "payout", payoutId)
  if (payout?.automatic) return (t) => em.payoutOfLine.get(t.id) === payoutId
  return (t) => t.source === payoutId
}

export function registerPayouts(r: Router): void {
  r.post("/v1/payouts", ({ em, scope, params }) => {
    const amount = requirePositiveAmount(params)
    const currency = requireCurrency(params)
    const available = em.ledger.total(scope, currency, "available")
    if (available < amount) {
      throw balanceInsufficient(`You have insufficient funds in your Stripe account for this transfer. Your card balance is too low. You can use the /v1/balance endpoint to view your Stripe balance (for more details, see stripe.com/docs/api#balance).`)
    }
    return createPayout(em, scope, {
      amount,
      currency,
      destination: destinationFor(em, scope, currency, params.str("destination") || undefined),
      method: params.str("method") ?? "standard",
      automatic: false,
      description: params.str("description") || null,
      metadata: metadataFrom(params),
      sourceType: params.str("source_type") ?? "card",
      statementDescriptor: params.str("statement_descriptor") || null,
    })
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
