import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { WriteGuard } from "../records/write-guard"
import { tableOf, type GuardedRecord } from "./record-tables"

/** A row's new values as the database takes them: JSON columns as JSON text, dates and scalars as they are. */
function toColumnValues(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, value]) => value !== undefined)
      .map(([column, value]) => [
        column,
        value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value,
      ])
  )
}

/**
 * Writes `data` onto the record `id` in one UPDATE whose WHERE clause checks `guard`, so it applies only while the
 * stored row still satisfies it. Answers whether the row was written.
 */
export async function updateIfGuardHolds(
  knex: Knex,
  record: GuardedRecord,
  id: string,
  guard: WriteGuard,
  data: Record<string, unknown>
): Promise<boolean> {
  const query = knex(tableOf(record)).where({ id }).whereNull("deleted_at")
  for (const [column, accepted] of Object.entries(guard.oneOf ?? {})) {
    const values = accepted.filter((value): value is string => value !== null)
    const acceptsEmpty = accepted.includes(null)
    query.where((clause) => {
      clause.whereIn(column, values)
      if (acceptsEmpty) {
        clause.orWhereNull(column)
      }
    })
  }
  for (const [column, limit] of Object.entries(guard.atMost ?? {})) {
    query.where(column, "<=", limit)
  }
  for (const [column, time] of Object.entries(guard.notAfter ?? {})) {
    query.where((clause) => clause.whereNull(column).orWhere(column, "<=", time))
  }
  if (guard.alsoStored) {
    const other = knex(tableOf(guard.alsoStored.record))
      .select(knex.raw("1"))
      .where(guard.alsoStored.values)
      .whereNull("deleted_at")
    query.whereExists(other)
  }
  const written = await query.update({ ...toColumnValues(data), updated_at: knex.fn.now() })
  return Number(written) > 0
}
