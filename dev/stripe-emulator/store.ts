import { notFound } from "./errors"
import { bindStoredRefs, encodeValue } from "./state-codec"

/** Anything the store holds: a Stripe object with an id and an `object` name. */
export interface StoredObject {
  id: string
  object: string
}

/** The platform's own scope; connected accounts are scoped by their `acct_` id. */
export const PLATFORM = "platform"

interface Located {
  scope: string
  kind: string
}

/**
 * State per Stripe account. Each scope (the platform, or one connected account) holds collections keyed by
 * object kind ("payment_intent", "charge", ...), in insertion order. A global index finds any object by id.
 */
export class Store {
  private scopes = new Map<string, Map<string, Map<string, StoredObject>>>()
  private index = new Map<string, Located>()
  /** Counts puts, removals and resets, so a caller can tell that objects came or went. */
  version = 0

  reset(): void {
    this.scopes.clear()
    this.index.clear()
    this.version++
  }

  private collection(scope: string, kind: string): Map<string, StoredObject> {
    let s = this.scopes.get(scope)
    if (!s) {
      s = new Map()
      this.scopes.set(scope, s)
    }
    let c = s.get(kind)
    if (!c) {
      c = new Map()
      s.set(kind, c)
    }
    return c
  }

  put<T extends StoredObject>(scope: string, kind: string, obj: T): T {
    this.collection(scope, kind).set(obj.id, obj)
    this.index.set(obj.id, { scope, kind })
    this.version++
    return obj
  }

  remove(scope: string, kind: string, id: string): void {
    this.collection(scope, kind).delete(id)
    this.index.delete(id)
    this.version++
  }

  get<T extends StoredObject>(scope: string, kind: string, id: string): T | undefined {
    return this.collection(scope, kind).get(id) as T | undefined
  }

  /** Like get, but a missing object is Stripe's 404 `resource_missing`. */
  require<T extends StoredObject>(scope: string, kind: string, id: string, label = kind, param = "id"): T {
    const found = this.get<T>(scope, kind, id)
    if (!found) throw notFound(label, id, param)
    return found
  }

  /** All objects of a kind in a scope, oldest first. */
  all<T extends StoredObject>(scope: string, kind: string): T[] {
    return [...this.collection(scope, kind).values()] as T[]
  }

  locate(id: string): (Located & { obj: StoredObject }) | undefined {
    const loc = this.index.get(id)
    if (!loc) return undefined
    const obj = this.collection(loc.scope, loc.kind).get(id)
    return obj ? { ...loc, obj } : undefined
  }

  scopeNames(): string[] {
    return [...this.scopes.keys()]
  }

  /** Every scope and collection as JSON (scope -> kind -> objects, oldest first), for the state file. */
  dump(): Record<string, Record<string, unknown[]>> {
    const out: Record<string, Record<string, unknown[]>> = {}
    for (const [scope, kinds] of this.scopes) {
      out[scope] = {}
      for (const [kind, objects] of kinds) out[scope][kind] = [...objects.values()].map((o) => encodeValue(this, o, true))
    }
    return out
  }

  /** Replaces the whole state with a `dump()`; objects nested in others are the stored instances again. */
  load(dumped: Record<string, Record<string, unknown[]>>): void {
    this.reset()
    const loaded: StoredObject[] = []
    for (const [scope, kinds] of Object.entries(dumped)) {
      for (const [kind, objects] of Object.entries(kinds)) {
        for (const obj of objects) {
          if (!obj || typeof obj !== "object" || typeof (obj as StoredObject).id !== "string") {
            throw new Error(`an object in ${scope}/${kind} has no id`)
          }
          loaded.push(this.put(scope, kind, obj as StoredObject))
        }
      }
    }
    bindStoredRefs(this, loaded)
  }
}
