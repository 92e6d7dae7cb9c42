/** Spec 000's dispute statuses; Stripe's own (inquiries included) map onto them. */
export const DISPUTE_STATUSES = ["needs_response", "under_review", "won", "lost"] as const
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]

/** Spec 000 "List Disputes" row, plus the plugin's `currency`, evidence state and `submitted_at`. */
export type DisputeDocument = {
  dispute_id: string
  payment_intent_id: string | null
  account_id: string | null
  amount: number
  reason: string
  status: DisputeStatus
  evidence_due_by: string | null
  created_at: string
  currency: string
  evidence: Record<string, string>
  submitted_at: string | null
}
