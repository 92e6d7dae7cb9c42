import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { RoleAssignment } from "../models"

const ROLE_ASSIGNMENT_TABLE = RoleAssignment.parse().tableName

/** Revoke the assignment, or limit it to some merchants (a new scope that is null changes nothing that matters). */
export type RoleAssignmentChange = { revoke: true } | { merchant_ids: string[] | null; granted_by: string | null }

export type RoleAssignmentChangeOutcome = "changed" | "not_found" | "last_super_admin"

/**
 * Revokes or re-scopes one role assignment unless it is the last unscoped `super_admin`, inside the caller's
 * transaction. The unscoped super_admin rows are locked first (always in id order, so two changes never deadlock):
 * of two concurrent revokes of the last two, the second waits, re-reads the rows once the first committed, finds
 * one left and refuses.
 */
export async function changeRoleAssignmentKeepingASuperAdmin(
  transaction: Knex,
  id: string,
  change: RoleAssignmentChange
): Promise<RoleAssignmentChangeOutcome> {
  const superAdmins: { id: string }[] = await transaction(ROLE_ASSIGNMENT_TABLE)
    .select("id")
    .where({ role: "super_admin" })
    .whereNull("merchant_ids")
    .whereNull("deleted_at")
    .orderBy("id")
    .forUpdate()
  const [row]: { role: string; merchant_ids: string[] | null }[] = await transaction(ROLE_ASSIGNMENT_TABLE)
    .select("role", "merchant_ids")
    .where({ id })
    .whereNull("deleted_at")
    .forUpdate()
  if (!row) {
    return "not_found"
  }

  const removesFullControl = "revoke" in change || change.merchant_ids !== null
  const isLastSuperAdmin = row.role === "super_admin" && row.merchant_ids === null && superAdmins.length <= 1
  if (removesFullControl && isLastSuperAdmin) {
    return "last_super_admin"
  }

  const now = new Date()
  const update =
    "revoke" in change
      ? { deleted_at: now, updated_at: now }
      : { merchant_ids: change.merchant_ids, granted_by: change.granted_by, updated_at: now }
  await transaction(ROLE_ASSIGNMENT_TABLE).where({ id }).update(update)
  return "changed"
}
