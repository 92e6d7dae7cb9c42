import type Stripe from "stripe"
import { newId } from "./ids"
import { Store } from "./store"
import { Clock } from "./clock"

/** Funds move between `pending` and `available`; pending funds become available after this many seconds. */
export const AVAILABILITY_DELAY_SECONDS = 2 * 24 * 3600

export type FundsStatus = "pending" | "available"

export interface TxnInput {
  amount: number
  currency: string
  type: Stripe.BalanceTransaction.Type
  source: string | null
  status: FundsStatus
  fee?: number
  feeType?: string
  description?: string | null
  reportingCategory?: string
}

/**
 * Stripe's reporting category for a balance transaction type (docs.stripe.com/reports/reporting-categories).
 * Adjustments say what they adjust (`dispute`, `dispute_reversal`) through `TxnInput.reportingCategory`.
 */
const REPORTING_CATEGORY: Partial<Record<Stripe.BalanceTransaction.Type, string>> = {
  charge: "charge",
  payment: "charge",
  refund: "refund",
  payment_refund: "refund",
  transfer: "transfer",
  transfer_cancel: "transfer_reversal",
  transfer_refund: "transfer_reversal",
  application_fee: "platform_earning",
  application_fee_refund: "platform_earning_refund",
  payout: "payout",
  payout_cancel: "payout_reversal",
  payout_failure: "payout_reversal",
  adjustment: "other_adjustment",
  topup: "topup",
}

export function reportingCategoryFor(type: Stripe.BalanceTransaction.Type): string {
  return REPORTING_CATEGORY[type] ?? type
}

/**
 * The ledger: every money movement is a balance transaction in one scope, and a scope's balance is the sum of
 * its transactions' `net` per currency and status. Balances are never stored, so they cannot drift.
 */
export class Ledger {
  constructor(private readonly store: Store, private readonly clock: Clock) {}

  record(scope: string, input: TxnInput): Stripe.BalanceTransaction {
    const created = this.clock.now()
    const fee = input.fee ?? 0
    const txn: Stripe.BalanceTransaction = {
      id: newId("txn"),
      object: "balance_transaction",
      amount: input.amount,
      available_on: input.status === "available" ? created : created + AVAILABILITY_DELAY_SECONDS,
      balance_type: "payments",
      created,
      currency: input.currency,
      description: input.description ?? null,
      exchange_rate: null,
      fee,
      fee_details: fee
        ? [{ amount: fee, application: null, currency: input.currency, description: null, type: input.feeType ?? "application_fee" }]
        : [],
      net: input.amount - fee,
      reporting_category: input.reportingCategory ?? reportingCategoryFor(input.type),
      source: input.source,
      status: input.status,
      type: input.type,
    }
    return this.store.put(scope, "balance_transaction", txn)
  }

  total(scope: string, currency: string, status: FundsStatus): number {
    let sum = 0
    for (const t of this.store.all<Stripe.BalanceTransaction>(scope, "balance_transaction")) {
      if (t.currency === currency && t.status === status) sum += t.net
    }
    return sum
  }

  /** Debits come from available funds when there are enough, otherwise from pending ones (as Stripe does). */
  debitStatus(scope: string, currency: string, amount: number): FundsStatus {
    return this.total(scope, currency, "available") >= amount ? "available" : "pending"
  }

  /** Makes pending funds available: all of them, or those whose `available_on` has passed. */
  release(scope: string | null, onlyDue: boolean): number {
    let count = 0
    const scopes = scope ? [scope] : this.store.scopeNames()
    const now = this.clock.now()
    for (const s of scopes) {
      for (const t of this.store.all<Stripe.BalanceTransaction>(s, "balance_transaction")) {
        if (t.status === "pending" && (!onlyDue || t.available_on <= now)) {
          t.status = "available"
          t.available_on = Math.min(t.available_on, now)
          count++
        }
      }
    }
    return count
  }

  /**
   * The lines an automatic payout settles: every available line of the currency that no earlier automatic payout
   * settled. Their nets sum to the available balance, which is what the payout takes.
   */
  unsettled(scope: string, currency: string, settledBy: Map<string, string>): Stripe.BalanceTransaction[] {
    return this.store
      .all<Stripe.BalanceTransaction>(scope, "balance_transaction")
      .filter((t) => t.currency === currency && t.status === "available" && !settledBy.has(t.id))
  }

  balance(scope: string): Stripe.Balance {
    const currencies = new Set<string>()
    for (const t of this.store.all<Stripe.BalanceTransaction>(scope, "balance_transaction")) currencies.add(t.currency)
    if (currencies.size === 0) currencies.add("usd")
    const list = [...currencies].sort()
    const entry = (currency: string, status: FundsStatus) => ({
      amount: this.total(scope, currency, status),
      currency,
      source_types: { card: this.total(scope, currency, status) },
    })
    return {
      object: "balance",
      available: list.map((c) => entry(c, "available")),
      pending: list.map((c) => entry(c, "pending")),
      connect_reserved: list.map((c) => ({ amount: 0, currency: c })),
      livemode: false,
    }
  }
}
