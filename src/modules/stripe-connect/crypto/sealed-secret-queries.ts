import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { LEGACY_SEALED_VERSION, SEALED_VERSION, sealedPrefix } from "./sealed-form"
import type { SealedColumn } from "./sealed-columns"

/** How many live values of one column name one key (`keyId` null: the `v1` form; `version` as stored). */
export type SealedKeyGroup = { keyId: string | null; version: string; count: number; sampleId: string }

export type SealedValue = { id: string; sealed: string }

/** The statements over one sealed column (SQL only here; the column names come from `sealed-columns.ts`). */
export class SealedSecretQueries {
  constructor(
    private readonly knex: Knex,
    private readonly target: SealedColumn
  ) {}

  /** The live values grouped by the key they name, each group with one row to try opening. */
  async groupByKey(): Promise<SealedKeyGroup[]> {
    const { table, column } = this.target
    const rows = await this.knex(table)
      .select(
        this.knex.raw("split_part(??, '.', 1) as version", [column]),
        this.knex.raw("case when split_part(??, '.', 1) = ? then split_part(??, '.', 2) end as key_id", [
          column,
          SEALED_VERSION,
          column,
        ]),
        this.knex.raw("count(*)::int as count"),
        this.knex.raw("min(id) as sample_id")
      )
      .whereNotNull(column)
      .whereNull("deleted_at")
      .groupByRaw("1, 2")
    return (rows as { version: string; key_id: string | null; count: number; sample_id: string }[]).map((row) => ({
      keyId: row.version === LEGACY_SEALED_VERSION ? null : row.key_id,
      version: row.version,
      count: row.count,
      sampleId: row.sample_id,
    }))
  }

  async read(id: string): Promise<string | null> {
    const { table, column } = this.target
    const row = (await this.knex(table).select(column).where({ id }).first()) as
      Record<string, string | null> | undefined
    return row?.[column] ?? null
  }

  /** The next `limit` values (soft-deleted rows too) after `afterId` that are not sealed with `keyId`, by id. */
  async nextNotSealedWith(keyId: string, afterId: string, limit: number): Promise<SealedValue[]> {
    const { table, column } = this.target
    const prefix = sealedPrefix(keyId)
    const rows = await this.knex(table)
      .select("id", `${column} as sealed`)
      .whereNotNull(column)
      .where("id", ">", afterId)
      .whereRaw("left(??, ?) <> ?", [column, prefix.length, prefix])
      .orderBy("id", "asc")
      .limit(limit)
    return rows as SealedValue[]
  }

  /** Replaces one value unless it changed since it was read (a concurrent write wins). */
  async replace(id: string, expected: string, sealed: string): Promise<boolean> {
    const { table, column } = this.target
    const updated = await this.knex(table)
      .where({ id, [column]: expected })
      .update({ [column]: sealed })
    return updated === 1
  }
}

/** Whether an error is Postgres's "relation does not exist" (the module's tables are not migrated yet). */
export function isMissingTable(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "42P01"
}
