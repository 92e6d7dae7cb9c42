/** The API's dispute statuses (docs/api.md#disputes); Stripe's own (inquiries included) map onto them. */
export const DISPUTE_STATUSES = ["needs_response", "under_review", "won", "lost"] as const
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number]

/**
 * A row of `GET /disputes` (docs/api.md#list-disputes), plus the plugin's `currency`, evidence state and
 * `submitted_at`.
 */
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
