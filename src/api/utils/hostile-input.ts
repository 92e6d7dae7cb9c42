/** Bounds every plugin route applies to a request's body and query before any validator or handler sees them. */
export const INPUT_BOUNDS = { maxDepth: 8, maxArrayLength: 10_000 } as const

/**
 * Keys that name something on every object (`__proto__`, `constructor`, `toString`, `valueOf`, ...). Code that reads
 * `body[key]` or copies keys into a plain object finds a function or the prototype there instead of a value, so
 * such keys are refused wherever they appear.
 */
const PROTOTYPE_KEYS = new Set([...Object.getOwnPropertyNames(Object.prototype), "prototype"])

export type HostileInput = { param: string; message: string }

/**
 * The first field of a request's body or query that no route accepts: a string or key holding a NUL character
 * (PostgreSQL's text and jsonb cannot store it, and Stripe would echo it into a verified event), a prototype key,
 * nesting deeper than `maxDepth` or an array longer than `maxArrayLength`. `param` names the field as the docs do
 * (`metadata.note`, `items[2].name`); `null` when the input is acceptable.
 */
export function findHostileInput(value: unknown, prefix = "", bounds = INPUT_BOUNDS): HostileInput | null {
  return visit(value, prefix, 0, bounds)
}

function visit(value: unknown, path: string, depth: number, bounds: typeof INPUT_BOUNDS): HostileInput | null {
  if (typeof value === "string") {
    return value.includes("\u0000") ? hostile(path, "must not contain NUL characters (\\u0000)") : null
  }
  if (value === null || typeof value !== "object") {
    return null
  }
  if (depth >= bounds.maxDepth) {
    return hostile(path, `is nested more than ${bounds.maxDepth} levels deep`)
  }
  if (Array.isArray(value)) {
    if (value.length > bounds.maxArrayLength) {
      return hostile(path, `must have at most ${bounds.maxArrayLength} items`)
    }
    for (let index = 0; index < value.length; index++) {
      const found = visit(value[index], `${path}[${index}]`, depth + 1, bounds)
      if (found) return found
    }
    return null
  }
  for (const key of Object.keys(value)) {
    const field = path ? `${path}.${key}` : key
    if (key.includes("\u0000")) {
      return hostile(field.split("\u0000").join("\\u0000"), "field names must not contain NUL characters (\\u0000)")
    }
    if (PROTOTYPE_KEYS.has(key)) {
      return hostile(field, "is not a field of any route (a name every JavaScript object carries)")
    }
    const found = visit((value as Record<string, unknown>)[key], field, depth + 1, bounds)
    if (found) return found
  }
  return null
}

function hostile(param: string, reason: string): HostileInput {
  const name = param || "body"
  return { param: name, message: `${name}: ${reason}` }
}
