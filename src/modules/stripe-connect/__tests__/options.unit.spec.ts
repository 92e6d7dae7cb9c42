import { parseStripeConnectOptions } from "../options"

const valid = {
  apiKey: "sk_test_123",
  webhookSecrets: { platform: ["whsec_a"], connect: "whsec_b" },
  encryptionKey: Buffer.alloc(32, 7).toString("base64"),
  publicUrl: "https://shop.example.com/",
}

describe("parseStripeConnectOptions", () => {
  it("should accept valid options and apply the defaults", () => {
    const options = parseStripeConnectOptions(valid)
    expect(options.webhookSecrets).toEqual({ platform: ["whsec_a"], connect: ["whsec_b"] })
    expect(options.publicUrl).toBe("https://shop.example.com")
    expect(options.maxNetworkRetries).toBe(2)
    expect(options.roles).toEqual({ defaultRole: null, policy: {} })
    expect(options.stripe).toBeUndefined()
  })

  it("should name every missing option", () => {
    expect(() => parseStripeConnectOptions({})).toThrow(
      /apiKey is required.*webhookSecrets is required.*encryptionKey is required.*publicUrl is required/
    )
  })

  it.each([
    [{ apiKey: "pk_test_123" }, "apiKey"],
    [{ encryptionKey: Buffer.alloc(16).toString("base64") }, "encryptionKey must be 32 bytes"],
    [{ publicUrl: "not a url" }, "publicUrl"],
    [{ webhookSecrets: { platform: [], connect: ["whsec_b"] } }, "webhookSecrets.platform needs at least one secret"],
    [
      { webhookSecrets: { platform: ["secret"], connect: ["whsec_b"] } },
      'webhookSecrets.platform.0 must start with "whsec_"',
    ],
    [{ clientId: "client" }, "clientId"],
    [{ stripe: { host: "localhost", protocol: "ftp" } }, "stripe.protocol"],
    [{ roles: { defaultRole: "owner" } }, "roles.defaultRole"],
    [{ roles: { policy: { "GET /admin/stripe-connect/fees": ["owner"] } } }, "roles.policy"],
  ])("should refuse %j naming %s", (override, expected) => {
    expect(() => parseStripeConnectOptions({ ...valid, ...override })).toThrow(expected)
  })

  it("should accept a restricted key, an emulator target and a role policy override", () => {
    const options = parseStripeConnectOptions({
      ...valid,
      apiKey: "rk_live_abc",
      stripe: { host: "127.0.0.1", port: "12111", protocol: "http" },
      roles: { defaultRole: null, policy: { "PUT /admin/stripe-connect/fees": ["super_admin"] } },
    })
    expect(options.stripe).toEqual({ host: "127.0.0.1", port: 12111, protocol: "http" })
    expect(options.roles.defaultRole).toBeNull()
  })
})
