import type { Store } from "./store"
import { invalidRequest } from "./errors"
import { invoicePaymentsList } from "./resources/invoices"

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

/**
 * Stripe's includable fields: absent from an object (and from the objects in events) unless named in `expand[]`,
 * by object type and field.
 */
const INCLUDABLE: Record<string, Record<string, (store: Store, scope: string, id: string) => unknown>> = {
  invoice: { payments: (store, scope, id) => invoicePaymentsList(store, scope, id) },
}

function includable(store: Store, node: { [k: string]: Json }, field: string): Json | undefined {
  const build = typeof node.object === "string" ? INCLUDABLE[node.object]?.[field] : undefined
  const located = typeof node.id === "string" ? store.locate(node.id) : undefined
  if (!build || !located) return undefined
  return JSON.parse(JSON.stringify(build(store, located.scope, String(node.id)))) as Json
}

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
  if (!(head in node)) {
    const included = includable(store, node, head)
    if (included === undefined) throw invalidRequest(`This property cannot be expanded (${full}).`, "expand")
    node[head] = included
  }
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
