import Stripe from "stripe"
import { signatureHeader } from "../signature"

describe("webhook signatures", () => {
  const stripe = new Stripe("sk_test_x")
  const payload = JSON.stringify({ id: "evt_1", object: "event", type: "payment_intent.succeeded", data: { object: {} } })
  const secret = "whsec_test_secret"

  it("builds a header the SDK accepts", () => {
    const header = signatureHeader(payload, secret, Math.floor(Date.now() / 1000))
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/)
    const event = stripe.webhooks.constructEvent(payload, header, secret)
    expect(event.id).toBe("evt_1")
  })

  it("is rejected with another secret", () => {
    const header = signatureHeader(payload, "whsec_other", Math.floor(Date.now() / 1000))
    expect(() => stripe.webhooks.constructEvent(payload, header, secret)).toThrow(Stripe.errors.StripeSignatureVerificationError)
  })

  it("matches the SDK's own test header generator", () => {
    const t = 1_700_000_000
    const fromSdk = stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp: t })
    expect(signatureHeader(payload, secret, t)).toBe(fromSdk)
  })
})
