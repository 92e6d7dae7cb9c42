import type { Store, StoredObject } from "./store"

/**
 * JSON encoding of values that may point at stored objects. Stored objects are shared by reference in memory (a
 * charge's `refunds.data` holds the very refund objects the store holds; an idempotent replay holds the object it
 * returned), so a nested stored object is written as `{ "$emulator_ref": id }` and bound to the one stored instance
 * again on load. Without that, a reloaded refund and the copy inside its charge would drift apart.
 */
export const REF_KEY = "$emulator_ref"

type Json = null | boolean | number | string | Json[] | { [k: string]: Json }

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v)

function isStoredInstance(store: Store, value: Record<string, unknown>): boolean {
  if (typeof value.id !== "string") return false
  return (store.locate(value.id)?.obj as unknown) === value
}

/** A JSON copy of `value`; stored objects below it (and `value` itself unless `keepRoot`) become references. */
export function encodeValue(store: Store, value: unknown, keepRoot: boolean): Json {
  const walk = (v: unknown, root: boolean): Json => {
    if (v === null || v === undefined) return null
    if (Array.isArray(v)) return v.map((x) => walk(x, false))
    if (isRecord(v)) {
      if (!(root && keepRoot) && isStoredInstance(store, v)) return { [REF_KEY]: v.id as string }
      const out: { [k: string]: Json } = {}
      for (const [k, x] of Object.entries(v)) if (x !== undefined) out[k] = walk(x, false)
      return out
    }
    if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v
    throw new TypeError(`cannot save a ${typeof v} in the emulator state`)
  }
  return walk(value, true)
}

function refOf(v: unknown): string | null {
  if (!isRecord(v)) return null
  const keys = Object.keys(v)
  return keys.length === 1 && keys[0] === REF_KEY && typeof v[REF_KEY] === "string" ? v[REF_KEY] : null
}

/** Replaces references in `value` (in place where possible) by the stored instances; returns the bound value. */
export function bindRefs(store: Store, value: unknown): unknown {
  const ref = refOf(value)
  if (ref !== null) {
    const found = store.locate(ref)
    if (!found) throw new Error(`it refers to ${ref}, which it does not hold`)
    return found.obj
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = bindRefs(store, value[i])
  } else if (isRecord(value)) {
    for (const k of Object.keys(value)) value[k] = bindRefs(store, value[k])
  }
  return value
}

/** Binds the references inside every stored object (not the objects themselves, which are the targets). */
export function bindStoredRefs(store: Store, objects: StoredObject[]): void {
  for (const obj of objects) {
    const record = obj as unknown as Record<string, unknown>
    for (const k of Object.keys(record)) record[k] = bindRefs(store, record[k])
  }
}
