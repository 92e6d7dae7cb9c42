import type { AccessRule } from "./policy"

export type MatchedRule = { key: string; rule: AccessRule; params: Record<string, string> }

/**
 * Finds the policy entry for a request. Keys are "METHOD /path/:param"; a literal segment beats a parameter,
 * so "/webhook-events/recover" is not read as "/webhook-events/:id".
 */
export function matchAccessRule(
  policy: Record<string, AccessRule>,
  method: string,
  path: string
): MatchedRule | undefined {
  const requestSegments = splitPath(path)
  let best: { match: MatchedRule; literalCount: number } | undefined

  for (const [key, rule] of Object.entries(policy)) {
    const [keyMethod, keyPath] = key.split(" ")
    if (keyMethod !== method.toUpperCase() || !keyPath) {
      continue
    }
    const keySegments = splitPath(keyPath)
    if (keySegments.length !== requestSegments.length) {
      continue
    }
    const params: Record<string, string> = {}
    let literalCount = 0
    const matches = keySegments.every((segment, index) => {
      if (segment.startsWith(":")) {
        params[segment.slice(1)] = decodeURIComponent(requestSegments[index])
        return true
      }
      literalCount += 1
      return segment === requestSegments[index]
    })
    if (matches && (!best || literalCount > best.literalCount)) {
      best = { match: { key, rule, params }, literalCount }
    }
  }
  return best?.match
}

function splitPath(path: string): string[] {
  return path.split("?")[0].split("/").filter(Boolean)
}
