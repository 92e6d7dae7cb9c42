import type { AuditEntryRow } from "../../../../modules/stripe-connect/audit/audit-entry-store"
import type { AuditEntryDocument } from "../../../../shared/types/audit"

/** One entry as the API answers it (docs/api.md#list-audit-entries), field by field. */
export function toAuditEntryDocument(row: AuditEntryRow): AuditEntryDocument {
  return {
    id: row.id,
    action: row.action,
    resource_type: row.resource_type,
    resource_id: row.resource_id,
    merchant_id: row.merchant_id,
    account_id: row.account_id,
    amount: row.amount,
    currency: row.currency,
    actor_id: row.actor_id,
    actor_type: row.actor_type,
    actor_roles: row.actor_roles,
    idempotency_key: row.idempotency_key,
    outcome: row.outcome,
    error_code: row.error_code,
    created_at: new Date(row.created_at).toISOString(),
  }
}
