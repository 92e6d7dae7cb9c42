import { DEFAULT_ACCESS_POLICY, resolveAccessPolicy } from "../policy"
import { matchAccessRule } from "../match-route"
import { resolveAccess } from "../resolve-access"

describe("matchAccessRule", () => {
  it("should match a parameterised route and return its params", () => {
    const matched = matchAccessRule(DEFAULT_ACCESS_POLICY, "post", "/admin/stripe-connect/payments/pi_123/refund?x=1")
    expect(matched?.key).toBe("POST /admin/stripe-connect/payments/:payment_intent_id/refund")
    expect(matched?.params).toEqual({ payment_intent_id: "pi_123" })
  })

  it("should prefer a literal segment over a parameter", () => {
    const matched = matchAccessRule(DEFAULT_ACCESS_POLICY, "POST", "/admin/stripe-connect/webhook-events/recover")
    expect(matched?.key).toBe("POST /admin/stripe-connect/webhook-events/recover")
  })

  it("should not match another method or a longer path", () => {
    expect(matchAccessRule(DEFAULT_ACCESS_POLICY, "DELETE", "/admin/stripe-connect/fees")).toBeUndefined()
    expect(matchAccessRule(DEFAULT_ACCESS_POLICY, "GET", "/admin/stripe-connect/fees/x/y")).toBeUndefined()
  })
})

describe("resolveAccess", () => {
  const rule = ["payment_admin", "super_admin"] as const

  it("should allow when one grant has a listed role and take that grant's merchant scope", () => {
    const decision = resolveAccess(
      rule,
      [
        { role: "pos_staff", merchant_ids: null },
        { role: "payment_admin", merchant_ids: ["m1"] },
      ],
      null
    )
    expect(decision).toEqual({ allowed: true, roles: ["pos_staff", "payment_admin"], merchantIds: ["m1"] })
  })

  it("should merge the scopes of several permitting grants, and lift them for an unscoped one", () => {
    expect(
      resolveAccess(
        rule,
        [
          { role: "payment_admin", merchant_ids: ["m1"] },
          { role: "super_admin", merchant_ids: ["m2"] },
        ],
        null
      )
    ).toEqual(expect.objectContaining({ merchantIds: ["m1", "m2"] }))
    expect(
      resolveAccess(
        rule,
        [
          { role: "payment_admin", merchant_ids: ["m1"] },
          { role: "super_admin", merchant_ids: null },
        ],
        null
      )
    ).toEqual(expect.objectContaining({ merchantIds: null }))
  })

  it("should refuse without a listed role and say which roles are required", () => {
    expect(resolveAccess(rule, [{ role: "pos_staff", merchant_ids: null }], "super_admin")).toEqual({
      allowed: false,
      roles: ["pos_staff"],
      required: rule,
    })
  })

  it("should apply the default role only to callers without any grant", () => {
    expect(resolveAccess(rule, [], "super_admin")).toEqual(
      expect.objectContaining({ allowed: true, merchantIds: null })
    )
    expect(resolveAccess(rule, [], null)).toEqual(expect.objectContaining({ allowed: false }))
  })

  it("should let any authenticated caller through an 'authenticated' rule", () => {
    expect(resolveAccess("authenticated", [], null)).toEqual({ allowed: true, roles: [], merchantIds: [] })
  })
})

describe("resolveAccessPolicy", () => {
  it("should replace an entry the host overrides and keep the others", () => {
    const policy = resolveAccessPolicy({ "GET /admin/stripe-connect/fees": ["super_admin"] })
    expect(policy["GET /admin/stripe-connect/fees"]).toEqual(["super_admin"])
    expect(policy["GET /admin/stripe-connect/roles"]).toEqual(DEFAULT_ACCESS_POLICY["GET /admin/stripe-connect/roles"])
  })
})
