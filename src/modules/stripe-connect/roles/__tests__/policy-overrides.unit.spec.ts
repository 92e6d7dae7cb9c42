import { parseStripeConnectOptions } from "../../options"
import { checkPolicyOverrides } from "../policy-overrides"

const valid = {
  apiKey: "sk_test_123",
  webhookSecrets: { platform: ["whsec_a"], connect: ["whsec_b"] },
  encryptionKey: Buffer.alloc(32, 7).toString("base64"),
  publicUrl: "https://shop.example.com",
}

describe("checkPolicyOverrides", () => {
  it("should write methods in capitals and accept parameters named otherwise, literals and wildcards", () => {
    expect(
      checkPolicyOverrides({
        "put /admin/stripe-connect/fees": ["super_admin"],
        "GET /admin/stripe-connect/payments/:payment": ["pos_staff"],
        "POST /admin/stripe-connect/accounts/acct_vip/payouts": ["super_admin"],
        "GET /admin/stripe-connect/accounts/*/balance": ["payment_admin"],
      })
    ).toEqual({
      overrides: {
        "PUT /admin/stripe-connect/fees": ["super_admin"],
        "GET /admin/stripe-connect/payments/:payment": ["pos_staff"],
        "POST /admin/stripe-connect/accounts/acct_vip/payouts": ["super_admin"],
        "GET /admin/stripe-connect/accounts/*/balance": ["payment_admin"],
      },
      problems: [],
    })
  })

  it("should name a key that matches no admin route of the plugin", () => {
    const { problems } = checkPolicyOverrides({
      "GET /admin/products": ["super_admin"],
      "DELETE /admin/stripe-connect/fees": ["super_admin"],
      "GET /admin/stripe-connect/fee": ["super_admin"],
    })
    expect(problems).toEqual([
      expect.stringContaining('"GET /admin/products" matches no admin route'),
      expect.stringContaining('"DELETE /admin/stripe-connect/fees" matches no admin route'),
      expect.stringContaining('"GET /admin/stripe-connect/fee" matches no admin route'),
    ])
  })

  it("should name two keys that name the same routes", () => {
    const { problems } = checkPolicyOverrides({
      "PUT /admin/stripe-connect/fees": ["super_admin"],
      "put /admin/stripe-connect/fees": ["platform_admin"],
    })
    expect(problems).toEqual([
      expect.stringContaining('"PUT /admin/stripe-connect/fees" and "put /admin/stripe-connect/fees"'),
    ])
  })
})

describe("parseStripeConnectOptions roles", () => {
  it("should give no default role unless one is set", () => {
    expect(parseStripeConnectOptions(valid).roles.defaultRole).toBeNull()
    expect(parseStripeConnectOptions({ ...valid, roles: { defaultRole: "super_admin" } }).roles.defaultRole).toBe(
      "super_admin"
    )
  })

  it("should stop start-up naming an unknown or malformed policy key", () => {
    expect(() =>
      parseStripeConnectOptions({ ...valid, roles: { policy: { "GET /admin/stripe-connect/nope": ["super_admin"] } } })
    ).toThrow(/roles\.policy key "GET \/admin\/stripe-connect\/nope" matches no admin route/)
    expect(() =>
      parseStripeConnectOptions({ ...valid, roles: { policy: { "/admin/stripe-connect/fees": ["super_admin"] } } })
    ).toThrow(/roles\.policy key "\/admin\/stripe-connect\/fees" must be "METHOD \/path"/)
  })

  it("should normalise the keys it keeps", () => {
    const options = parseStripeConnectOptions({
      ...valid,
      roles: { policy: { "put /admin/stripe-connect/fees": ["super_admin"] } },
    })
    expect(options.roles.policy).toEqual({ "PUT /admin/stripe-connect/fees": ["super_admin"] })
  })
})
