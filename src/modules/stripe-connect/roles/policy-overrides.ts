import { MedusaError } from "@medusajs/framework/utils"
import { parseRouteKey, routeKeysOverlap, type RouteKey } from "../../../shared/route-key"
import { STRIPE_CONNECT_ADMIN_ROUTES } from "../../../types/admin-routes"

const ADMIN_ROUTE_KEYS: RouteKey[] = STRIPE_CONNECT_ADMIN_ROUTES.map((key) => {
  const parsed = parseRouteKey(key)
  if (!parsed.ok) {
    throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${key}: ${parsed.reason}`)
  }
  return parsed.route
})

export type PolicyOverrideCheck<T> = { overrides: Record<string, T>; problems: string[] }

/**
 * Checks the keys of the option `roles.policy` and writes them with the method in capitals. A key that is not
 * `"METHOD /path"`, that matches no admin route of the plugin, or that names the same routes as another key (`put`
 * and `PUT`, `:id` and `:payment_id`) is a problem naming the key.
 */
export function checkPolicyOverrides<T>(raw: Record<string, T>): PolicyOverrideCheck<T> {
  const overrides: Record<string, T> = {}
  const problems: string[] = []
  const keyByShape = new Map<string, string>()

  for (const [key, rule] of Object.entries(raw)) {
    const parsed = parseRouteKey(key)
    if (!parsed.ok) {
      problems.push(`key "${key}" ${parsed.reason}`)
      continue
    }
    const { route } = parsed
    if (!ADMIN_ROUTE_KEYS.some((adminRoute) => routeKeysOverlap(route, adminRoute))) {
      problems.push(`key "${key}" matches no admin route of the plugin (see docs/api.md for the routes)`)
      continue
    }
    const earlier = keyByShape.get(route.shape)
    if (earlier !== undefined) {
      problems.push(`keys "${earlier}" and "${key}" name the same routes; keep one`)
      continue
    }
    keyByShape.set(route.shape, key)
    overrides[route.key] = rule
  }
  return { overrides, problems }
}
