import { notFound } from "./errors"

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

  reset(): void {
    this.scopes.clear()
    this.index.clear()
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
    return obj
  }

  remove(scope: string, kind: string, id: string): void {
    this.collection(scope, kind).delete(id)
    this.index.delete(id)
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
}
