/**
 * Route keys of the access policy: `"METHOD /path"`, where a path segment is a literal, a `:param` or `*` (both match
 * any one segment). The method is one of ROUTE_KEY_METHODS, in any case (`put` is `PUT`).
 */
export const ROUTE_KEY_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const

export type RouteKeyMethod = (typeof ROUTE_KEY_METHODS)[number]

/** A path segment: a literal text, or null for a `:param` or `*`. */
export type RouteKeySegment = { literal: string } | { param: string | null }

export type RouteKey = {
  /** The key as written, with the method in capitals: `"PUT /admin/stripe-connect/fees"`. */
  key: string
  method: RouteKeyMethod
  segments: RouteKeySegment[]
  /** The key with every parameter written `:`: two keys of one shape name the same routes. */
  shape: string
}

export type RouteKeyParse = { ok: true; route: RouteKey } | { ok: false; reason: string }

const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const FORBIDDEN_IN_LITERAL = /[\s?#:*]/

/** Reads a key; a key that is not `"METHOD /path"` answers why. */
export function parseRouteKey(text: string): RouteKeyParse {
  const match = /^(\S+) (\/\S*)$/.exec(text.trim())
  if (!match) {
    return { ok: false, reason: 'must be "METHOD /path", for example "PUT /admin/stripe-connect/fees"' }
  }
  const method = match[1].toUpperCase()
  if (!(ROUTE_KEY_METHODS as readonly string[]).includes(method)) {
    return { ok: false, reason: `method must be one of ${ROUTE_KEY_METHODS.join(", ")}` }
  }
  const rawSegments = match[2].replace(/\/$/, "").split("/").slice(1)
  const segments: RouteKeySegment[] = []
  for (const segment of rawSegments) {
    const parsed = parseSegment(segment)
    if (!parsed) {
      return { ok: false, reason: `path segment "${segment}" is neither a literal, a :param nor *` }
    }
    segments.push(parsed)
  }
  const path = segments.map(segmentText).join("")
  return {
    ok: true,
    route: {
      key: `${method} ${path || "/"}`,
      method: method as RouteKeyMethod,
      segments,
      shape: `${method} ${segments.map((segment) => ("literal" in segment ? `/${segment.literal}` : "/:")).join("")}`,
    },
  }
}

function parseSegment(segment: string): RouteKeySegment | null {
  if (segment === "*") {
    return { param: null }
  }
  if (segment.startsWith(":")) {
    return PARAM_NAME.test(segment.slice(1)) ? { param: segment.slice(1) } : null
  }
  return segment && !FORBIDDEN_IN_LITERAL.test(segment) ? { literal: segment } : null
}

function segmentText(segment: RouteKeySegment): string {
  if ("literal" in segment) {
    return `/${segment.literal}`
  }
  return segment.param === null ? "/*" : `/:${segment.param}`
}

/**
 * Matches a request against a key: the parameters it binds, or null. The method is compared in capitals, the
 * query string ignored; segments are compared decoded.
 */
export function matchRouteKey(route: RouteKey, method: string, path: string): Record<string, string> | null {
  if (route.method !== method.toUpperCase()) {
    return null
  }
  const requestSegments = path.split("?")[0].split("/").filter(Boolean).map(safeDecode)
  if (requestSegments.length !== route.segments.length) {
    return null
  }
  const params: Record<string, string> = {}
  for (const [index, segment] of route.segments.entries()) {
    if ("literal" in segment) {
      if (segment.literal !== requestSegments[index]) {
        return null
      }
    } else if (segment.param !== null) {
      params[segment.param] = requestSegments[index]
    }
  }
  return params
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

/**
 * Orders two keys that match the same request, the more specific first (negative when `a` is): fewer parameters
 * win; with as many, the key whose first differing segment is a literal wins (so a longer literal prefix wins).
 * Two keys that tie have the same shape, and as both match the request, they name the same routes.
 */
export function compareRouteKeySpecificity(a: RouteKey, b: RouteKey): number {
  const byParams = paramCount(a) - paramCount(b)
  if (byParams !== 0) {
    return byParams
  }
  for (let index = 0; index < Math.min(a.segments.length, b.segments.length); index++) {
    const aLiteral = "literal" in a.segments[index]
    const bLiteral = "literal" in b.segments[index]
    if (aLiteral !== bLiteral) {
      return aLiteral ? -1 : 1
    }
  }
  return 0
}

function paramCount(route: RouteKey): number {
  return route.segments.filter((segment) => !("literal" in segment)).length
}

/** Whether some request matches both keys (same method and length, no two different literals at one place). */
export function routeKeysOverlap(a: RouteKey, b: RouteKey): boolean {
  return (
    a.method === b.method &&
    a.segments.length === b.segments.length &&
    a.segments.every((segment, index) => {
      const other = b.segments[index]
      return !("literal" in segment) || !("literal" in other) || segment.literal === other.literal
    })
  )
}
