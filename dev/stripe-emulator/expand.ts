import type { Store } from "./store"
import { invalidRequest } from "./errors"

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/**
 * Applies `expand[]` to a response: each dotted path names a field holding an id, which is replaced by the
 * object. Works on a deep copy, never on stored state. Lists take paths starting with `data.`.
 */
export function applyExpand(store: Store, body: unknown, paths: string[]): unknown {
  if (paths.length === 0 || body === null || typeof body !== "object") return body
  const copy = JSON.parse(JSON.stringify(body)) as Json
  for (const path of paths) {
    if (path.split(".").length > 4) throw invalidRequest(`You cannot expand more than 4 levels of a property. Property: ${path}`, "expand")
    expandPath(store, copy, path.split("."), path)
  }
  return copy
}

function expandPath(store: Store, node: Json, segments: string[], full: string): void {
  if (segments.length === 0 || node === null || typeof node !== "object") return
  const [head, ...rest] = segments
  if (Array.isArray(node)) {
    for (const item of node) expandPath(store, item, segments, full)
    return
  }
  if (!(head in node)) throw invalidRequest(`This property cannot be expanded (${full}).`, "expand")
  let value = node[head]
  if (typeof value === "string") {
    const found = store.locate(value)
    if (found) {
      value = JSON.parse(JSON.stringify(found.obj)) as Json
      node[head] = value
    }
  }
  expandPath(store, value, rest, full)
}
