import { compareRouteKeySpecificity, matchRouteKey, parseRouteKey, routeKeysOverlap, type RouteKey } from "../route-key"

function route(key: string): RouteKey {
  const parsed = parseRouteKey(key)
  if (!parsed.ok) {
    throw new Error(parsed.reason)
  }
  return parsed.route
}

describe("parseRouteKey", () => {
  it("should write the method in capitals and keep the path", () => {
    expect(route("put /admin/stripe-connect/fees").key).toBe("PUT /admin/stripe-connect/fees")
    expect(route("Get /admin/stripe-connect/accounts/:account_id/").key).toBe(
      "GET /admin/stripe-connect/accounts/:account_id"
    )
  })

  it("should give keys that differ only in parameter names or method case one shape", () => {
    expect(route("get /a/:id/b").shape).toBe(route("GET /a/:other/b").shape)
    expect(route("GET /a/*/b").shape).toBe(route("GET /a/:x/b").shape)
    expect(route("GET /a/x/b").shape).not.toBe(route("GET /a/:x/b").shape)
  })

  it.each([
    ["/admin/stripe-connect/fees", "METHOD /path"],
    ["FETCH /admin/stripe-connect/fees", "method must be one of"],
    ["GET admin/stripe-connect/fees", "METHOD /path"],
    ["GET /admin//fees", 'path segment ""'],
    ["GET /admin/:1bad", 'path segment ":1bad"'],
    ["GET /admin/fe*es", 'path segment "fe*es"'],
  ])("should refuse %s", (key, reason) => {
    const parsed = parseRouteKey(key)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? "" : parsed.reason).toContain(reason)
  })
})

describe("matchRouteKey", () => {
  it("should match any method case and bind named parameters, decoded", () => {
    expect(matchRouteKey(route("POST /a/:id/b"), "post", "/a/x%20y/b?q=1")).toEqual({ id: "x y" })
    expect(matchRouteKey(route("POST /a/*/b"), "POST", "/a/x/b")).toEqual({})
  })

  it("should not match another method, length or literal", () => {
    expect(matchRouteKey(route("POST /a/:id"), "GET", "/a/x")).toBeNull()
    expect(matchRouteKey(route("POST /a/:id"), "POST", "/a/x/y")).toBeNull()
    expect(matchRouteKey(route("POST /a/b"), "POST", "/a/c")).toBeNull()
  })
})

describe("compareRouteKeySpecificity", () => {
  const mostSpecificFirst = (keys: string[]) =>
    keys
      .map(route)
      .sort(compareRouteKeySpecificity)
      .map((key) => key.key)

  it("should put the key with fewer parameters first", () => {
    expect(mostSpecificFirst(["GET /a/:x/:y", "GET /a/b/:y", "GET /a/b/c"])).toEqual([
      "GET /a/b/c",
      "GET /a/b/:y",
      "GET /a/:x/:y",
    ])
  })

  it("should put the longer literal prefix first among keys with as many parameters, in any input order", () => {
    const keys = ["GET /:x/b/c", "GET /a/:x/c", "GET /a/b/:x"]
    expect(mostSpecificFirst(keys)).toEqual(["GET /a/b/:x", "GET /a/:x/c", "GET /:x/b/c"])
    expect(mostSpecificFirst([...keys].reverse())).toEqual(["GET /a/b/:x", "GET /a/:x/c", "GET /:x/b/c"])
  })

  it("should tie only keys of the same shape", () => {
    expect(compareRouteKeySpecificity(route("GET /a/:x"), route("get /a/:y"))).toBe(0)
  })
})

describe("routeKeysOverlap", () => {
  it("should tell whether one request can match both keys", () => {
    expect(routeKeysOverlap(route("GET /a/:x"), route("GET /a/b"))).toBe(true)
    expect(routeKeysOverlap(route("GET /a/*/c"), route("GET /a/:id/c"))).toBe(true)
    expect(routeKeysOverlap(route("GET /a/b"), route("GET /a/c"))).toBe(false)
    expect(routeKeysOverlap(route("GET /a/b"), route("POST /a/b"))).toBe(false)
    expect(routeKeysOverlap(route("GET /a/b"), route("GET /a/b/c"))).toBe(false)
  })
})
