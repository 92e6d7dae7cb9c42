import { compareRouteKeySpecificity, matchRouteKey } from "../../../shared/route-key"
import type { AccessPolicyEntry, AccessRule } from "./policy"

export type MatchedRule = { key: string; rule: AccessRule; params: Record<string, string> }

/**
 * Finds the policy entry for a request: among the entries that match it, the most specific (fewer parameters, then
 * the first literal where they differ, see `compareRouteKeySpecificity`). Entries of the same shape never both
 * exist (`resolveAccessPolicy` keeps one), so the answer does not depend on the order of the entries.
 */
export function matchAccessRule(entries: AccessPolicyEntry[], method: string, path: string): MatchedRule | undefined {
  let best: { entry: AccessPolicyEntry; params: Record<string, string> } | undefined
  for (const entry of entries) {
    const params = matchRouteKey(entry.route, method, path)
    if (params && (!best || compareRouteKeySpecificity(entry.route, best.entry.route) < 0)) {
      best = { entry, params }
    }
  }
  return best && { key: best.entry.key, rule: best.entry.rule, params: best.params }
}
