import { STRIPE_CONNECT_ROLES, type StripeConnectRole } from "../../../../types/roles"
import { resolveAccessPolicy } from "../policy"
import { checkGrant, permissionsOfRole } from "../grant-guard"

const entries = resolveAccessPolicy()
const unscoped = (role: StripeConnectRole) => ({ role, merchant_ids: null })

/** Whether everything `lower` allows, `higher` allows too (the order checkGrant uses). */
const within = (lower: StripeConnectRole, higher: StripeConnectRole) =>
  [...permissionsOfRole(entries, lower)].every((permission) => permissionsOfRole(entries, higher).has(permission))

describe("the role order of the default policy", () => {
  it.each([
    ["pos_staff", "payment_admin"],
    ["pos_staff", "tenant_admin"],
    ["payment_admin", "platform_admin"],
    ["tenant_admin", "platform_admin"],
    ["manager", "integration_admin"],
    ["integration_admin", "platform_admin"],
    ["admin", "payment_admin"],
    ["platform_admin", "system_admin"],
    ["system_admin", "platform_admin"],
    ["system_admin", "super_admin"],
  ] as const)("should put %s at or below %s", (lower, higher) => {
    expect(within(lower, higher)).toBe(true)
  })

  it.each([
    ["payment_admin", "tenant_admin"],
    ["tenant_admin", "payment_admin"],
    ["integration_admin", "payment_admin"],
    ["super_admin", "platform_admin"],
  ] as const)("should not put %s at or below %s", (lower, higher) => {
    expect(within(lower, higher)).toBe(false)
  })

  it("should put every role at or below super_admin", () => {
    expect(STRIPE_CONNECT_ROLES.filter((role) => !within(role, "super_admin"))).toEqual([])
  })
})

describe("checkGrant", () => {
  it("should let a caller give its own role or one below it, for merchants it covers", () => {
    expect(checkGrant(entries, [unscoped("super_admin")], unscoped("super_admin"))).toEqual({ ok: true })
    expect(checkGrant(entries, [unscoped("platform_admin")], unscoped("payment_admin"))).toEqual({ ok: true })
    expect(
      checkGrant(entries, [{ role: "tenant_admin", merchant_ids: ["a", "b"] }], {
        role: "pos_staff",
        merchant_ids: ["a"],
      })
    ).toEqual({ ok: true })
  })

  it("should refuse a role above the caller's, naming what it would add", () => {
    const check = checkGrant(entries, [unscoped("platform_admin")], unscoped("super_admin"))
    expect(check).toEqual({ ok: false, param: "role", reason: expect.stringContaining("/admin/stripe-connect/roles") })
    expect(checkGrant(entries, [unscoped("tenant_admin")], unscoped("payment_admin"))).toEqual(
      expect.objectContaining({ ok: false, param: "role" })
    )
  })

  it("should refuse merchants outside the caller's, and every merchant to a limited caller", () => {
    const scopedToA = [{ role: "super_admin" as const, merchant_ids: ["a"] }]
    expect(checkGrant(entries, scopedToA, { role: "pos_staff", merchant_ids: ["b"] })).toEqual(
      expect.objectContaining({ ok: false, param: "merchant_ids" })
    )
    expect(checkGrant(entries, scopedToA, { role: "pos_staff", merchant_ids: ["a", "b"] })).toEqual(
      expect.objectContaining({ ok: false, param: "merchant_ids" })
    )
    expect(checkGrant(entries, scopedToA, unscoped("pos_staff"))).toEqual(
      expect.objectContaining({ ok: false, param: "merchant_ids" })
    )
  })

  it("should count only the caller's grants that cover the target's merchants", () => {
    const grants = [
      { role: "super_admin" as const, merchant_ids: ["a"] },
      { role: "pos_staff" as const, merchant_ids: null },
    ]
    expect(checkGrant(entries, grants, { role: "payment_admin", merchant_ids: ["a"] })).toEqual({ ok: true })
    expect(checkGrant(entries, grants, { role: "payment_admin", merchant_ids: ["b"] })).toEqual(
      expect.objectContaining({ ok: false, param: "role" })
    )
  })

  it("should follow the policy in force: an override that opens a route to a role raises that role", () => {
    const opened = resolveAccessPolicy({ "PUT /admin/stripe-connect/fees": ["pos_staff", "super_admin"] })
    expect(checkGrant(opened, [unscoped("payment_admin")], unscoped("pos_staff"))).toEqual(
      expect.objectContaining({ ok: false, param: "role" })
    )
  })
})
