import { parseStripeConnectOptions } from "../options"
import { DEVELOPMENT_ENCRYPTION_KEY, encryptionKeysOf } from "../crypto/encryption-key-options"

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
    expect(options.reconciliation).toEqual({ scheduledCatchUp: true })
    expect(options.stripe).toBeUndefined()
  })

  it("should name every missing option", () => {
    expect(() => parseStripeConnectOptions({})).toThrow(
      /apiKey is required.*webhookSecrets is required.*publicUrl is required/
    )
  })

  it.each([
    [{ apiKey: "pk_test_123" }, "apiKey"],
    [{ encryptionKey: Buffer.alloc(16).toString("base64") }, "encryptionKey must be 32 bytes"],
    [
      { encryptionKeys: [{ id: "k1", key: Buffer.alloc(16).toString("base64") }] },
      "encryptionKeys.0.key must be 32 bytes",
    ],
    [{ encryptionKeys: [{ id: "a.b", key: Buffer.alloc(32).toString("base64") }] }, "encryptionKeys.0.id"],
    [{ encryptionKeys: [] }, "encryptionKeys needs at least one key"],
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

  describe("encryption keys", () => {
    const { encryptionKey: _legacy, ...withoutKey } = valid
    const key = (fill: number) => Buffer.alloc(32, fill).toString("base64")

    it("should keep a list of keys with ids, the first one first", () => {
      const options = parseStripeConnectOptions({
        ...withoutKey,
        encryptionKeys: [
          { id: "2026-12", key: key(2) },
          { id: "2026-01", key: key(1) },
        ],
      })
      expect(encryptionKeysOf(options).map((entry) => entry.id)).toEqual(["2026-12", "2026-01"])
    })

    it('should read the deprecated encryptionKey as one key with the id "default"', () => {
      expect(encryptionKeysOf(parseStripeConnectOptions(valid))).toEqual([{ id: "default", key: valid.encryptionKey }])
    })

    it("should use the development key on a test Stripe key when none is configured", () => {
      expect(encryptionKeysOf(parseStripeConnectOptions(withoutKey))).toEqual([DEVELOPMENT_ENCRYPTION_KEY])
    })

    it.each(["sk_live_abc", "rk_live_abc"])("should refuse %s without a configured encryption key", (apiKey) => {
      expect(() => parseStripeConnectOptions({ ...withoutKey, apiKey })).toThrow(
        /encryptionKeys is required with a live Stripe key/
      )
    })

    it("should refuse the development key configured explicitly with a live Stripe key", () => {
      expect(() =>
        parseStripeConnectOptions({
          ...withoutKey,
          apiKey: "sk_live_abc",
          encryptionKeys: [DEVELOPMENT_ENCRYPTION_KEY],
        })
      ).toThrow(/encryptionKeys holds the published development key/)
    })

    it("should refuse both forms at once and a repeated key id", () => {
      expect(() => parseStripeConnectOptions({ ...valid, encryptionKeys: [{ id: "a", key: key(1) }] })).toThrow(
        /encryptionKeys and the deprecated encryptionKey are both set/
      )
      expect(() =>
        parseStripeConnectOptions({
          ...withoutKey,
          encryptionKeys: [
            { id: "a", key: key(1) },
            { id: "a", key: key(2) },
          ],
        })
      ).toThrow(/names the key id "a" twice/)
    })
  })
})
