/** What the audit trail records (docs/api.md#audit-entries). */
export const AUDIT_ACTIONS = [
  "payment.create",
  "payment.capture",
  "payment.refund",
  "transfer.create",
  "transfer.reverse",
  "payout.create",
  "payout_schedule.update",
  "fee_configuration.update",
  "role.grant",
  "role.revoke",
  "invoice.send",
  "invoice.void",
  "invoice.refund",
  "pay_link.create",
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AUDIT_RESOURCE_TYPES = [
  "payment",
  "transfer",
  "payout",
  "account",
  "fee_configuration",
  "role_assignment",
  "invoice",
  "pay_link",
] as const
export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number]

export const AUDIT_OUTCOMES = ["succeeded", "failed"] as const
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number]

/** One entry as the API answers it. */
export type AuditEntryDocument = {
  id: string
  action: AuditAction
  resource_type: AuditResourceType
  resource_id: string | null
  merchant_id: string | null
  account_id: string | null
  amount: number | null
  currency: string | null
  actor_id: string
  actor_type: string
  actor_roles: string[]
  idempotency_key: string | null
  outcome: AuditOutcome
  error_code: string | null
  created_at: string
}
