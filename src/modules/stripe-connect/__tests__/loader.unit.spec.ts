import type { StripeGateway } from "../stripe/create-stripe-gateway"
import { createMedusaContainer } from "@medusajs/framework/utils"
import type { LoaderOptions } from "@medusajs/framework/types"
import stripeClientLoader from "../loaders/stripe-client"

function load(options: Record<string, unknown>) {
  const container = createMedusaContainer()
  return stripeClientLoader({ container, options } as unknown as LoaderOptions).then(() => container)
}

describe("the module loader", () => {
  it("should stop start-up with a message naming each bad option", async () => {
    await expect(
      load({
        apiKey: "nope",
        webhookSecrets: { platform: ["whsec_a"] },
        publicUrl: "http://x.test",
      })
    ).rejects.toThrow(
      /invalid plugin options: apiKey must be a Stripe secret or restricted key.*webhookSecrets.connect/
    )
  })

  it("should stop start-up on a live Stripe key without a configured encryption key", async () => {
    await expect(
      load({
        apiKey: "sk_live_loader",
        webhookSecrets: { platform: "whsec_a", connect: "whsec_b" },
        publicUrl: "http://x.test",
      })
    ).rejects.toThrow(/encryptionKeys is required with a live Stripe key/)
  })

  it("should register the parsed options, the Stripe gateway and the secret box", async () => {
    const container = await load({
      apiKey: "sk_test_loader",
      webhookSecrets: { platform: "whsec_a", connect: "whsec_b" },
      encryptionKey: Buffer.alloc(32, 1).toString("base64"),
      publicUrl: "http://x.test",
    })
    expect(container.resolve("stripeConnectOptions")).toEqual(expect.objectContaining({ apiKey: "sk_test_loader" }))
    expect(container.resolve<StripeGateway>("stripeGateway").webhooks).toBeDefined()
    expect(container.hasRegistration("stripeClient")).toBe(false)
    expect(container.hasRegistration("secretBox")).toBe(true)
  })
})
