import { FormObject, FormValue } from "./form"
import { invalidRequest, missingParam } from "./errors"

/** Typed readers over a decoded form; each names the param in its error, as Stripe does. */
export class Params {
  constructor(readonly raw: FormObject) {}

  has(name: string): boolean {
    return this.raw[name] !== undefined
  }

  str(name: string): string | undefined {
    const v = this.raw[name]
    if (v === undefined) return undefined
    if (typeof v !== "string") throw invalidRequest(`Invalid string: ${name}`, name)
    return v
  }

  requiredStr(name: string): string {
    const v = this.str(name)
    if (v === undefined || v === "") throw missingParam(name)
    return v
  }

  int(name: string): number | undefined {
    const v = this.str(name)
    if (v === undefined || v === "") return undefined
    if (!/^-?\d+$/.test(v)) throw invalidRequest(`Invalid integer: ${v}`, name)
    return Number(v)
  }

  requiredInt(name: string): number {
    const v = this.int(name)
    if (v === undefined) throw missingParam(name)
    return v
  }

  /** A non-negative integer amount in minor units. */
  amount(name: string): number | undefined {
    const v = this.int(name)
    if (v !== undefined && v < 0) throw invalidRequest(`Invalid ${name}: must be a positive integer`, name)
    return v
  }

  bool(name: string): boolean | undefined {
    const v = this.str(name)
    if (v === undefined || v === "") return undefined
    if (v !== "true" && v !== "false") throw invalidRequest(`Invalid boolean: ${v}`, name)
    return v === "true"
  }

  obj(name: string): Params | undefined {
    const v = this.raw[name]
    if (v === undefined || v === "") return undefined
    if (typeof v === "string" || Array.isArray(v)) throw invalidRequest(`Invalid object`, name)
    return new Params(v)
  }

  list(name: string): FormValue[] {
    const v = this.raw[name]
    if (v === undefined || v === "") return []
    if (Array.isArray(v)) return v
    if (typeof v === "string") return [v]
    return Object.values(v)
  }

  strList(name: string): string[] {
    return this.list(name).filter((x): x is string => typeof x === "string")
  }

  objList(name: string): Params[] {
    return this.list(name)
      .filter((x): x is FormObject => typeof x === "object" && !Array.isArray(x))
      .map((x) => new Params(x))
  }

  currency(name = "currency"): string | undefined {
    return this.str(name)?.toLowerCase()
  }
}

/** Applies Stripe's metadata update rules: `""` for a key (or the whole hash) unsets it. */
export function mergeMetadata(current: Record<string, string>, update: FormValue | undefined): Record<string, string> {
  if (update === undefined) return current
  if (update === "") return {}
  if (typeof update === "string" || Array.isArray(update)) throw invalidRequest("Invalid metadata", "metadata")
  const out: Record<string, string> = { ...current }
  for (const [k, v] of Object.entries(update)) {
    if (typeof v !== "string") throw invalidRequest(`Invalid metadata[${k}]`, `metadata[${k}]`)
    if (k.length > 40) throw invalidRequest(`Metadata keys can have up to 40 characters; "${k.slice(0, 40)}..." has ${k.length}.`, `metadata[${k}]`)
    if (v.length > 500) throw invalidRequest(`Metadata values can have up to 500 characters, but you passed in a value that is ${v.length} characters.`, `metadata[${k}]`)
    if (v === "") delete out[k]
    else out[k] = v
  }
  if (Object.keys(out).length > 50) throw invalidRequest("You can specify up to 50 keys in metadata.", "metadata")
  return out
}
