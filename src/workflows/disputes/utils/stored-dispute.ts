import type Stripe from "stripe"

/** A stored dispute row (integer minor units, Stripe's status). */
export type StoredDispute = {
  id: string
  dispute_id: string
  payment_intent_id: string | null
  charge_id: string | null
  stripe_account_id: string | null
  merchant_id: string | null
  amount: number
  currency: string
  reason: string
  status: string
  evidence_due_by: Date | string | null
  staged_evidence: Record<string, string> | null
  submitted_at: Date | string | null
  stripe_created_at: Date | string
  last_stripe_event_at: Date | string | null
  /** Whether the dispute lives on a connected account (a direct charge) rather than on the platform. */
  on_connected_account?: boolean
}

export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) {
    return null
  }
  return typeof value === "string" ? value : value.id
}

/**
 * The fields of a stored dispute that mirror Stripe's dispute. An event's copy of a dispute Stripe no longer
 * knows may lack fields; they get neutral values rather than failing the event.
 */
export function disputeMirror(dispute: Stripe.Dispute) {
  const dueBy = dispute.evidence_details?.due_by
  return {
    dispute_id: dispute.id,
    payment_intent_id: idOf(dispute.payment_intent),
    charge_id: idOf(dispute.charge),
    amount: dispute.amount ?? 0,
    currency: dispute.currency ?? "",
    reason: dispute.reason ?? "general",
    status: dispute.status ?? "needs_response",
    evidence_due_by: dueBy ? new Date(dueBy * 1000) : null,
    stripe_created_at: dispute.created ? new Date(dispute.created * 1000) : new Date(),
  }
}
