import { invalidRequest } from "./errors"
import { Params } from "./params"
import { notFound } from "./errors"

export interface ListBody<T> {
  object: "list"
  data: T[]
  has_more: boolean
  url: string
}

interface Created {
  id: string
  created?: number
}

/** Newest first: by `created` descending, ties broken by insertion order (later first). */
export function newestFirst<T extends Created>(oldestFirst: T[]): T[] {
  return oldestFirst
    .map((item, i) => ({ item, i }))
    .sort((a, b) => (b.item.created ?? 0) - (a.item.created ?? 0) || b.i - a.i)
    .map((x) => x.item)
}

/** Applies Stripe's `created` filter: an integer, or a hash of gt / gte / lt / lte. */
export function createdFilter(params: Params, name = "created"): (created: number) => boolean {
  if (!params.has(name)) return () => true
  const exact = params.raw[name]
  if (typeof exact === "string") {
    const n = params.int(name)
    return (c) => c === n
  }
  const range = params.obj(name)
  if (!range) return () => true
  const gt = range.int("gt")
  const gte = range.int("gte")
  const lt = range.int("lt")
  const lte = range.int("lte")
  return (c) =>
    (gt === undefined || c > gt) && (gte === undefined || c >= gte) && (lt === undefined || c < lt) && (lte === undefined || c <= lte)
}

/**
 * Cursor pagination as Stripe does it: `limit` (1-100, default 10), `starting_after` (the page after that
 * object), `ending_before` (the page before it). `items` must already be newest first.
 */
export function paginate<T extends Created>(items: T[], params: Params, url: string): ListBody<T> {
  const limit = params.int("limit") ?? 10
  if (limit < 1 || limit > 100) throw invalidRequest("Invalid limit: must be between 1 and 100", "limit")
  const after = params.str("starting_after")
  const before = params.str("ending_before")
  if (after) {
    const idx = items.findIndex((x) => x.id === after)
    if (idx === -1) throw notFound("object", after, "starting_after")
    const rest = items.slice(idx + 1)
    return { object: "list", data: rest.slice(0, limit), has_more: rest.length > limit, url }
  }
  if (before) {
    const idx = items.findIndex((x) => x.id === before)
    if (idx === -1) throw notFound("object", before, "ending_before")
    const head = items.slice(0, idx)
    const start = Math.max(0, head.length - limit)
    return { object: "list", data: head.slice(start), has_more: start > 0, url }
  }
  return { object: "list", data: items.slice(0, limit), has_more: items.length > limit, url }
}

/** Filters then paginates newest first. */
export function listOf<T extends Created>(oldestFirst: T[], params: Params, url: string, filter: (x: T) => boolean = () => true): ListBody<T> {
  const created = createdFilter(params)
  return paginate(newestFirst(oldestFirst.filter((x) => filter(x) && created(x.created ?? 0))), params, url)
}
