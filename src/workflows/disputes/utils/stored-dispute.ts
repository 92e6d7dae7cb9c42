import type Stripe from "stripe"

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
export type DisputeMirror = {
  dispute_id: string
  payment_intent_id: string | null
  charge_id: string | null
  amount: number
  currency: string
  reason: Stripe.Dispute["reason"]
  status: Stripe.Dispute["status"]
  evidence_due_by: Date | null
  stripe_created_at: Date
}

export function disputeMirror(dispute: Stripe.Dispute): DisputeMirror {
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
