import { readdirSync, readFileSync } from "node:fs"
import path from "node:path"
import { parseRouteKey } from "../../../../shared/route-key"
import { STRIPE_CONNECT_ADMIN_ROUTES } from "../../../../types/admin-routes"
import { DEFAULT_ACCESS_POLICY } from "../policy"

const ADMIN_API_DIR = path.resolve(__dirname, "../../../admin")

/** Every `route.ts` under src/api/admin with the methods it exports, as route-key shapes (`GET /a/:`). */
function routeShapesOnDisk(dir: string, prefix = "/admin"): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) {
      const segment = entry.name.startsWith("[") ? ":" : entry.name
      return routeShapesOnDisk(path.join(dir, entry.name), `${prefix}/${segment}`)
    }
    if (entry.name !== "route.ts") {
      return []
    }
    const source = readFileSync(path.join(dir, entry.name), "utf8")
    return [...source.matchAll(/^export const (GET|POST|PUT|PATCH|DELETE)\b/gm)].map(
      ([, method]) => `${method} ${prefix}`
    )
  })
}

const shapeOf = (key: string) => {
  const parsed = parseRouteKey(key)
  if (!parsed.ok) {
    throw new Error(`${key}: ${parsed.reason}`)
  }
  return parsed.route.shape
}

describe("STRIPE_CONNECT_ADMIN_ROUTES", () => {
  it("should list exactly the admin routes under src/api/admin", () => {
    expect(STRIPE_CONNECT_ADMIN_ROUTES.map(shapeOf).sort()).toEqual(routeShapesOnDisk(ADMIN_API_DIR).sort())
  })

  it("should have one policy entry per route", () => {
    expect(Object.keys(DEFAULT_ACCESS_POLICY).sort()).toEqual([...STRIPE_CONNECT_ADMIN_ROUTES].sort())
  })
})
