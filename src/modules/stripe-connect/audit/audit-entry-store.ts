import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { generateEntityId } from "@medusajs/framework/utils"
import type { AuditEntryDocument } from "../../../shared/types/audit"

const TABLE = "stripe_connect_audit_entry"

/** What a caller records; `id` and `created_at` are the store's. */
export type NewAuditEntry = Omit<AuditEntryDocument, "id" | "created_at">

export type AuditEntryRow = NewAuditEntry & { id: string; created_at: Date }

/**
 * Filters of the list; `merchant_ids` narrows to those merchants (a merchant-scoped caller), null leaves it open.
 * Every filter but `merchant_ids` matches one value.
 */
export type AuditEntryFilters = {
  resource_type?: string
  resource_id?: string
  merchant_id?: string
  account_id?: string
  actor_id?: string
  action?: string
  merchant_ids: string[] | null
}

const COLUMNS = [
  "id",
  "action",
  "resource_type",
  "resource_id",
  "merchant_id",
  "account_id",
  "amount",
  "currency",
  "actor_id",
  "actor_type",
  "actor_roles",
  "idempotency_key",
  "outcome",
  "error_code",
  "created_at",
] as const

/** The audit table's two statements: insert and list. There is deliberately no update or delete. */
export class AuditEntryStore {
  constructor(private readonly knex: Knex) {}

  async insert(entry: NewAuditEntry): Promise<AuditEntryRow> {
    const [row] = await this.knex(TABLE)
      .insert({ ...entry, id: generateEntityId(undefined, "scaud") })
      .returning([...COLUMNS])
    return row as AuditEntryRow
  }

  /** Newest first, with the total count of the filtered entries. */
  async listAndCount(
    filters: AuditEntryFilters,
    page: { skip: number; take: number }
  ): Promise<[AuditEntryRow[], number]> {
    if (filters.merchant_ids !== null && !filters.merchant_ids.length) {
      return [[], 0]
    }
    const filtered = () => {
      const query = this.knex(TABLE).whereNull("deleted_at")
      for (const field of [
        "resource_type",
        "resource_id",
        "merchant_id",
        "account_id",
        "actor_id",
        "action",
      ] as const) {
        if (filters[field] !== undefined) {
          query.where(field, filters[field])
        }
      }
      if (filters.merchant_ids !== null) {
        query.whereIn("merchant_id", filters.merchant_ids)
      }
      return query
    }
    const [rows, [{ count }]] = await Promise.all([
      filtered()
        .select([...COLUMNS])
        .orderBy([
          { column: "created_at", order: "desc" },
          { column: "id", order: "desc" },
        ])
        .offset(page.skip)
        .limit(page.take),
      filtered().count<{ count: string }[]>("* as count"),
    ])
    return [rows as AuditEntryRow[], Number(count)]
  }
}
