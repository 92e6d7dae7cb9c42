import type Stripe from "stripe"
import { PAYOUT_STATUSES, type PayoutDocument, type PayoutStatus } from "../../../shared/types/payouts"

/** Stripe's payout status as one of the API's five (docs/api.md#list-payouts; Stripe uses the same names). */
export function mapPayoutStatus(status: string): PayoutStatus {
  return (PAYOUT_STATUSES as readonly string[]).includes(status) ? (status as PayoutStatus) : "pending"
}

/** Whether a payout still holds the account's funds on their way (a new payout then waits). */
export function isPayoutInProgress(status: string): boolean {
  return status === "pending" || status === "in_transit"
}

/**
 * A Stripe payout as a row of docs/api.md#list-payouts. `bank_account` comes from the expanded `destination` when it is
 * a bank account; null when Stripe gave only an id or paid out to a card.
 */
export function toPayoutDocument(payout: Stripe.Payout): PayoutDocument {
  const destination = payout.destination
  const bank =
    destination &&
    typeof destination === "object" &&
    destination.object === "bank_account" &&
    !("deleted" in destination && destination.deleted)
      ? (destination as Stripe.BankAccount)
      : null
  return {
    payout_id: payout.id,
    amount: payout.amount,
    currency: payout.currency,
    status: mapPayoutStatus(payout.status),
    arrival_date: payout.arrival_date ? new Date(payout.arrival_date * 1000).toISOString().slice(0, 10) : null,
    method: payout.method,
    bank_account: bank ? { last4: bank.last4 ?? null, bank_name: bank.bank_name ?? null } : null,
  }
}
