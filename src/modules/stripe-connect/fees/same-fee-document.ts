import type { FeeConfigurationDocument } from "../../../shared/types/fees"

/** A JSON value with every object's keys sorted, so two documents stored in any key order compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(canonical)
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])])
    )
  }
  return value
}

/** Whether two fee configuration documents say the same (key order aside). */
export function sameFeeDocument(a: FeeConfigurationDocument, b: FeeConfigurationDocument): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}
