/** Evidence fields that Stripe takes as text. */
export const DISPUTE_TEXT_EVIDENCE_FIELDS = [
  "access_activity_log",
  "billing_address",
  "cancellation_policy_disclosure",
  "cancellation_rebuttal",
  "customer_email_address",
  "customer_name",
  "customer_purchase_ip",
  "duplicate_charge_explanation",
  "duplicate_charge_id",
  "product_description",
  "refund_policy_disclosure",
  "refund_refusal_explanation",
  "service_date",
  "shipping_address",
  "shipping_carrier",
  "shipping_date",
  "shipping_tracking_number",
  "uncategorized_text",
] as const

/** Evidence fields that Stripe takes as a file id (`file_...`, uploaded with purpose `dispute_evidence`). */
export const DISPUTE_FILE_EVIDENCE_FIELDS = [
  "cancellation_policy",
  "customer_communication",
  "customer_signature",
  "duplicate_charge_documentation",
  "receipt",
  "refund_policy",
  "service_documentation",
  "shipping_documentation",
  "uncategorized_file",
] as const

/**
 * Names the documented example uses that differ from Stripe's (`customer_email` for
 * `customer_email_address`). The plugin accepts both.
 */
export const DISPUTE_EVIDENCE_ALIASES: Record<string, (typeof DISPUTE_TEXT_EVIDENCE_FIELDS)[number]> = {
  customer_email: "customer_email_address",
}

export type FileEvidenceField = (typeof DISPUTE_FILE_EVIDENCE_FIELDS)[number]

/** Whether a file evidence field holds a Stripe file id rather than documentation text. */
export function isStripeFileId(value: string): boolean {
  return /^file_[A-Za-z0-9]+$/.test(value)
}
