import { assertIntegrationConnected } from "../assert-integration-connected"
import { clearConnectionGuard } from "../clear-connection-guard"
import { snapshotWriteGuard } from "../snapshot-write-guard"
import { buildAuthorizeUrl } from "../build-authorize-url"
import { parseStripeConnectOptions } from "../../options"

const validOptions = {
  apiKey: "sk_test_123",
  webhookSecrets: { platform: "whsec_a", connect: "whsec_b" },
  encryptionKey: Buffer.alloc(32, 1).toString("base64"),
  publicUrl: "https://shop.example.com",
}
import { generateOAuthState, hashOAuthState, integrationIdFromOAuthState } from "../oauth-state"

describe("OAuth state", () => {
  it("is random, names its integration and hashes to a stable value", () => {
    const a = generateOAuthState("scint_01ABC")
    const b = generateOAuthState("scint_01ABC")
    expect(a).not.toBe(b)
    expect(integrationIdFromOAuthState(a)).toBe("scint_01ABC")
    expect(hashOAuthState(a)).toBe(hashOAuthState(a))
    expect(hashOAuthState(a)).not.toBe(hashOAuthState(b))
    expect(hashOAuthState(a)).not.toContain(a.split(".")[1])
  })

  it("refuses states that are not shaped like the plugin's", () => {
    expect(integrationIdFromOAuthState("garbage")).toBeNull()
    expect(integrationIdFromOAuthState("scint_01ABC.short")).toBeNull()
    expect(integrationIdFromOAuthState("")).toBeNull()
  })
})

describe("buildAuthorizeUrl", () => {
  it("builds Stripe's authorize URL with the callback under the public URL", () => {
    const authorizeUrl = parseStripeConnectOptions(validOptions).oauthAuthorizeUrl
    const url = new URL(
      buildAuthorizeUrl({
        authorizeUrl,
        clientId: "ca_1",
        publicUrl: "https://shop.example.com/",
        state: "scint_1.xyz",
      })
    )
    expect(`${url.origin}${url.pathname}`).toBe("https://connect.stripe.com/oauth/authorize")
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: "code",
      client_id: "ca_1",
      scope: "read_write",
      state: "scint_1.xyz",
      redirect_uri: "https://shop.example.com/stripe-connect/oauth/callback",
    })
  })

  it("sends admins to the configured authorize page instead, such as the emulator's consent page", () => {
    const authorizeUrl = parseStripeConnectOptions({
      ...validOptions,
      oauthAuthorizeUrl: "http://127.0.0.1:12111/oauth/authorize",
    }).oauthAuthorizeUrl
    const url = new URL(
      buildAuthorizeUrl({ authorizeUrl, clientId: "ca_1", publicUrl: "https://shop.example.com", state: "scint_1.xyz" })
    )
    expect(`${url.origin}${url.pathname}`).toBe("http://127.0.0.1:12111/oauth/authorize")
    expect(url.searchParams.get("state")).toBe("scint_1.xyz")
  })

  it("refuses an authorize URL that is not a URL, naming the option", () => {
    expect(() => parseStripeConnectOptions({ ...validOptions, oauthAuthorizeUrl: "connect page" })).toThrow(
      /oauthAuthorizeUrl/
    )
  })
})

describe("assertIntegrationConnected", () => {
  it("passes a connected instance", () => {
    expect(() =>
      assertIntegrationConnected({ id: "scint_1", status: "connected", stripe_account_id: "acct_1" })
    ).not.toThrow()
  })
  it.each([
    ["disconnected", "acct_1", "was disconnected"],
    ["pending", null, "has not been connected yet"],
  ])("refuses a %s instance with integration_not_connected", (status, account, phrase) => {
    expect(() => assertIntegrationConnected({ id: "scint_1", status, stripe_account_id: account })).toThrow(
      expect.objectContaining({
        errorCode: "integration_not_connected",
        status: 400,
        message: expect.stringContaining(phrase),
      })
    )
  })
})

describe("clearConnectionGuard", () => {
  it("should clear only a connection to the account the disconnect was decided for", () => {
    expect(clearConnectionGuard("acct_1")).toEqual({ oneOf: { status: ["connected"], stripe_account_id: ["acct_1"] } })
  })

  it("should let a deauthorization clear only a connection made no later than the event's second", () => {
    const guard = clearConnectionGuard("acct_1", 1_700_000_000)
    expect(guard.notAfter?.connected_at).toEqual(new Date(1_700_000_000_999))
    expect(guard.oneOf).toEqual({ status: ["connected"], stripe_account_id: ["acct_1"] })
  })
})

describe("snapshotWriteGuard", () => {
  it("should write an event's snapshot only onto a connected integration with no newer event and no later connection", () => {
    const endOfSecond = new Date(1_700_000_000_999)
    expect(snapshotWriteGuard(1_700_000_000)).toEqual({
      oneOf: { status: ["connected"] },
      notAfter: { last_stripe_event_at: endOfSecond, connected_at: endOfSecond },
    })
  })
})
