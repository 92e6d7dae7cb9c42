import { createHash } from "node:crypto"

/** A JSON value with object keys sorted at every level, so two bodies that differ only in key order are equal. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? "null"
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortKeys)
  }
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, unknown>)[key])])
    )
  }
  return value
}

/**
 * What makes two requests under one `Idempotency-Key` the same request: method, route (with its ids), the caller
 * and the canonical body. A repeat with the same fingerprint gets the first answer; any other is refused.
 */
export function requestFingerprint(request: { method: string; path: string; scope: string; body: unknown }): string {
  return createHash("sha256")
    .update([request.method.toUpperCase(), request.path, request.scope, canonicalJson(request.body ?? null)].join("\n"))
    .digest("hex")
}
