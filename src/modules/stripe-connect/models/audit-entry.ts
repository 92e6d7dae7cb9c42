import { model } from "@medusajs/framework/utils"
import { AUDIT_ACTIONS, AUDIT_OUTCOMES, AUDIT_RESOURCE_TYPES } from "../../../shared/types/audit"

/**
 * One money action as it happened (docs/api.md#audit-entries): who (actor, type and the roles that allowed it),
 * what (action, resource, merchant and Stripe account, amount in minor units and currency where there is one),
 * when (`created_at`), the request's `Idempotency-Key` and the outcome with the error code of a failure. Rows are
 * only ever inserted: the service has no update or delete for them, and a trigger refuses both in the database.
 */
const AuditEntry = model
  .define(
    { name: "AuditEntry", tableName: "stripe_connect_audit_entry" },
    {
      id: model.id({ prefix: "scaud" }).primaryKey(),
      action: model.enum([...AUDIT_ACTIONS]),
      resource_type: model.enum([...AUDIT_RESOURCE_TYPES]),
      resource_id: model.text().nullable(),
      merchant_id: model.text().nullable(),
      account_id: model.text().nullable(),
      amount: model.number().nullable(),
      currency: model.text().nullable(),
      actor_id: model.text(),
      actor_type: model.text(),
      actor_roles: model.array().default([]),
      idempotency_key: model.text().nullable(),
      outcome: model.enum([...AUDIT_OUTCOMES]),
      error_code: model.text().nullable(),
    }
  )
  .indexes([
    { name: "IDX_stripe_connect_audit_entry_resource", on: ["resource_type", "resource_id"] },
    { name: "IDX_stripe_connect_audit_entry_merchant_id", on: ["merchant_id"] },
    { name: "IDX_stripe_connect_audit_entry_actor_id", on: ["actor_id"] },
  ])

export default AuditEntry
