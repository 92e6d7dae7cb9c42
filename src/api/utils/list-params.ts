import type { MedusaRequest } from "@medusajs/framework/http"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"

/** The largest page any list answers (docs/api.md#pagination); more is a 400 naming `limit`. */
export const MAX_LIST_LIMIT = 100
/** Past this, an offset is no page of a real list; PostgreSQL's OFFSET is bounded too. */
const MAX_LIST_OFFSET = 2_147_483_647

/** `limit` 1-100 (default per route) and `offset` ≥ 0; anything else is a 400 naming the field. */
export function pagingParams(defaultLimit: number) {
  return {
    limit: z.coerce
      .number("limit: must be a number")
      .int("limit: must be an integer")
      .min(1, "limit: must be at least 1")
      .max(MAX_LIST_LIMIT, `limit: must be at most ${MAX_LIST_LIMIT}`)
      .default(defaultLimit),
    offset: z.coerce
      .number("offset: must be a number")
      .int("offset: must be an integer")
      .min(0, "offset: must be 0 or more")
      .max(MAX_LIST_OFFSET, `offset: must be at most ${MAX_LIST_OFFSET}`)
      .default(0),
  }
}

/** A filter taking one value or several (`?status=a&status=b`), at most 100. */
export const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).max(100)])

/** The query of a list route: Medusa's find params with bounded paging, plus the route's filters. */
export function listParams<T extends z.ZodRawShape>(defaultLimit: number, filters: T) {
  return createFindParams({ limit: defaultLimit, offset: 0 }).extend({ ...pagingParams(defaultLimit), ...filters })
}

export type ListPage = { skip: number; take: number }
export type ListBody<T> = { data: T[]; count: number; offset: number; limit: number }

/** The validated page of a list request (see `listParams`). */
export function listPage(req: MedusaRequest): ListPage {
  const { skip = 0, take = MAX_LIST_LIMIT } = req.queryConfig.pagination
  return { skip, take }
}

/** Every list's answer: `{ data, count, offset, limit }`. */
export function listBody<T>(data: T[], count: number, page: ListPage): ListBody<T> {
  return { data, count, offset: page.skip, limit: page.take }
}
