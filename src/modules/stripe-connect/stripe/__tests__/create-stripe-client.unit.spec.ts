import { createStripeClient } from "../create-stripe-client"
import { createStripeGateway } from "../create-stripe-gateway"

describe("createStripeClient", () => {
  it("should configure retries, timeout and target from the options, with defaults", () => {
    const client = createStripeClient({ apiKey: "sk_test_factory_defaults" })
    expect(client.getApiField("host")).toBe("api.stripe.com")
    expect(client.getMaxNetworkRetries()).toBe(2)
    expect(client.getApiField("timeout")).toBe(30_000)

    const emulator = createStripeClient({
      apiKey: "sk_test_factory_target",
      stripe: { host: "127.0.0.1", port: 12111, protocol: "http" },
      maxNetworkRetries: 4,
      timeoutMs: 5_000,
    })
    expect(emulator.getApiField("host")).toBe("127.0.0.1")
    expect(emulator.getApiField("port")).toBe(12111)
    expect(emulator.getApiField("protocol")).toBe("http")
    expect(emulator.getMaxNetworkRetries()).toBe(4)
    expect(emulator.getApiField("timeout")).toBe(5_000)
  })

  it("should reuse one client per API key and target", () => {
    const target = { host: "127.0.0.1", port: 12111, protocol: "http" as const }
    const first = createStripeClient({ apiKey: "sk_test_factory_shared", stripe: target })
    expect(createStripeClient({ apiKey: "sk_test_factory_shared", stripe: { ...target } })).toBe(first)
    expect(createStripeClient({ apiKey: "sk_test_factory_other", stripe: target })).not.toBe(first)
    expect(createStripeClient({ apiKey: "sk_test_factory_shared", stripe: { ...target, port: 12112 } })).not.toBe(first)
    expect(createStripeClient({ apiKey: "sk_test_factory_shared" })).not.toBe(first)
  })

  it("should let the gateway answer a failed request with the API's error code, not the SDK's error", async () => {
    // Nothing listens on port 1: the SDK raises its connection error at once (no retries configured).
    const gateway = createStripeGateway({
      apiKey: "sk_test_factory_unreachable",
      stripe: { host: "127.0.0.1", port: 1, protocol: "http" },
      maxNetworkRetries: 0,
    })
    await expect(gateway.balance.retrieve("acct_1")).rejects.toEqual(
      expect.objectContaining({
        name: "StripeConnectError",
        errorCode: "stripe_error",
        status: 502,
        message: expect.stringContaining("read the account balance"),
      })
    )
  })
})
