import { DEFAULT_ACCESS_POLICY, resolveAccessPolicy } from "../policy"
import { matchAccessRule } from "../match-route"
import { effectiveGrants, resolveAccess } from "../resolve-access"

const defaults = resolveAccessPolicy()

describe("matchAccessRule", () => {
  it("should match a parameterised route and return its params", () => {
    const matched = matchAccessRule(defaults, "post", "/admin/stripe-connect/payments/pi_123/refund?x=1")
    expect(matched?.key).toBe("POST /admin/stripe-connect/payments/:payment_intent_id/refund")
    expect(matched?.params).toEqual({ payment_intent_id: "pi_123" })
  })

  it("should prefer a literal segment over a parameter", () => {
    const matched = matchAccessRule(defaults, "POST", "/admin/stripe-connect/webhook-events/recover")
    expect(matched?.key).toBe("POST /admin/stripe-connect/webhook-events/recover")
  })

  it("should not match another method or a longer path", () => {
    expect(matchAccessRule(defaults, "DELETE", "/admin/stripe-connect/fees")).toBeUndefined()
    expect(matchAccessRule(defaults, "GET", "/admin/stripe-connect/fees/x/y")).toBeUndefined()
  })
})

describe("resolveAccessPolicy with overrides", () => {
  it("should replace the entry of the same shape, keep its key, and keep the others", () => {
    const policy = resolveAccessPolicy({ "GET /admin/stripe-connect/payments/:payment": ["super_admin"] })
    const matched = matchAccessRule(policy, "GET", "/admin/stripe-connect/payments/pi_1")
    expect(matched).toEqual({
      key: "GET /admin/stripe-connect/payments/:id",
      rule: ["super_admin"],
      params: { payment: "pi_1" },
    })
    expect(matchAccessRule(policy, "GET", "/admin/stripe-connect/roles")?.rule).toEqual(
      DEFAULT_ACCESS_POLICY["GET /admin/stripe-connect/roles"]
    )
    expect(policy).toHaveLength(defaults.length)
  })

  it("should let a more specific override win for its requests only", () => {
    const policy = resolveAccessPolicy({ "POST /admin/stripe-connect/accounts/acct_vip/payouts": ["super_admin"] })
    expect(matchAccessRule(policy, "POST", "/admin/stripe-connect/accounts/acct_vip/payouts")?.rule).toEqual([
      "super_admin",
    ])
    expect(matchAccessRule(policy, "POST", "/admin/stripe-connect/accounts/acct_other/payouts")?.rule).toEqual(
      DEFAULT_ACCESS_POLICY["POST /admin/stripe-connect/accounts/:account_id/payouts"]
    )
  })

  it("should pick the same winner whatever the order of the overrides", () => {
    const a = { "GET /admin/stripe-connect/accounts/:id/payouts": ["super_admin"] as const }
    const b = { "GET /admin/stripe-connect/accounts/acct_1/*": ["pos_staff"] as const }
    const path = "/admin/stripe-connect/accounts/acct_1/payouts"
    const oneWay = matchAccessRule(resolveAccessPolicy({ ...a, ...b }), "GET", path)
    const otherWay = matchAccessRule(resolveAccessPolicy({ ...b, ...a }), "GET", path)
    // Both have one parameter; where they first differ, the second has the literal acct_1 and the first :id.
    expect(oneWay?.rule).toEqual(["pos_staff"])
    expect(otherWay?.rule).toEqual(["pos_staff"])
  })
})

describe("effectiveGrants", () => {
  const grant = { role: "pos_staff" as const, merchant_ids: null }

  it("should give the default role only to an admin user who never held a grant", () => {
    expect(effectiveGrants([], "super_admin", { actorType: "user", everGranted: false })).toEqual([
      { role: "super_admin", merchant_ids: null },
    ])
  })

  it("should never fall back to the default role after a revoke, for an API key, or without a default", () => {
    expect(effectiveGrants([], "super_admin", { actorType: "user", everGranted: true })).toEqual([])
    expect(effectiveGrants([], "super_admin", { actorType: "api-key", everGranted: false })).toEqual([])
    expect(effectiveGrants([], null, { actorType: "user", everGranted: false })).toEqual([])
  })

  it("should keep the caller's own grants as they are", () => {
    expect(effectiveGrants([grant], "super_admin", { actorType: "user", everGranted: true })).toEqual([grant])
  })
})

describe("resolveAccess", () => {
  const rule = ["payment_admin", "super_admin"] as const

  it("should allow when one grant has a listed role and take that grant's merchant scope", () => {
    const decision = resolveAccess(rule, [
      { role: "pos_staff", merchant_ids: null },
      { role: "payment_admin", merchant_ids: ["m1"] },
    ])
    expect(decision).toEqual({ allowed: true, roles: ["pos_staff", "payment_admin"], merchantIds: ["m1"] })
  })

  it("should merge the scopes of several permitting grants, and lift them for an unscoped one", () => {
    expect(
      resolveAccess(rule, [
        { role: "payment_admin", merchant_ids: ["m1"] },
        { role: "super_admin", merchant_ids: ["m2"] },
      ])
    ).toEqual(expect.objectContaining({ merchantIds: ["m1", "m2"] }))
    expect(
      resolveAccess(rule, [
        { role: "payment_admin", merchant_ids: ["m1"] },
        { role: "super_admin", merchant_ids: null },
      ])
    ).toEqual(expect.objectContaining({ merchantIds: null }))
  })

  it("should refuse without a listed role and say which roles are required", () => {
    expect(resolveAccess(rule, [{ role: "pos_staff", merchant_ids: null }])).toEqual({
      allowed: false,
      roles: ["pos_staff"],
      required: rule,
    })
  })

  it("should refuse a caller without any grant", () => {
    expect(resolveAccess(rule, [])).toEqual({ allowed: false, roles: [], required: rule })
  })

  it("should let any authenticated caller through an 'authenticated' rule, with no merchant", () => {
    expect(resolveAccess("authenticated", [])).toEqual({ allowed: true, roles: [], merchantIds: [] })
  })
})
