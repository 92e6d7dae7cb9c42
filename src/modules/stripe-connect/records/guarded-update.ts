import type { Knex } from "@medusajs/framework/mikro-orm/knex"

/**
 * What a stored row must still be for a write to apply. The UPDATE checks it in its own WHERE clause, so a newer
 * state written by another writer between this writer's read and its write is never overwritten.
 */
export type WriteGuard = {
  /** column -> the stored values that accept the write (null: an empty column accepts it). */
  oneOf?: Record<string, readonly (string | null)[]>
  /** column -> the stored amount may not be above this (amounts that only grow: refunded, reversed). */
  atMost?: Record<string, number>
  /** column -> the stored time is empty or not after this (the newest Stripe event applied). */
  notAfter?: Record<string, Date>
  /** A row of another table that must still hold these values (the record this write was derived from). */
  alsoStored?: { table: string; values: Record<string, string> }
}

/** A row's new values as the database takes them: JSON columns as JSON text, dates and scalars as they are. */
export function toColumnValues(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data)
      .filter(([, value]) => value !== undefined)
      .map(([column, value]) => [column, value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value])
  )
}

/** The one UPDATE statement of `updateIfGuardHolds`. */
export function guardedUpdateQuery(knex: Knex, table: string, id: string, guard: WriteGuard, data: Record<string, unknown>) {
  const query = knex(table).where({ id }).whereNull("deleted_at")
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
    query.whereExists(knex(guard.alsoStored.table).select(knex.raw("1")).where(guard.alsoStored.values).whereNull("deleted_at"))
  }
  return query.update({ ...toColumnValues(data), updated_at: knex.fn.now() })
}

/**
 * Writes `data` onto the row `id` of `table` in one statement, only while the row still satisfies `guard`.
 * Answers whether the row was written.
 */
export async function updateIfGuardHolds(
  knex: Knex,
  table: string,
  id: string,
  guard: WriteGuard,
  data: Record<string, unknown>
): Promise<boolean> {
  const written = await guardedUpdateQuery(knex, table, id, guard, data)
  return Number(written) > 0
}
