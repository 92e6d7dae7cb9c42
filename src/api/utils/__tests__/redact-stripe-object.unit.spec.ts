import { REDACTED, redactStripeObject } from "../redact-stripe-object"

describe("redactStripeObject", () => {
  const event = {
    id: "evt_1",
    type: "payment_intent.succeeded",
    data: {
      object: {
        id: "pi_1",
        object: "payment_intent",
        amount: 2500,
        currency: "usd",
        client_secret: "pi_1_secret_abc",
        receipt_email: "buyer@example.com",
        description: "Order #12",
        metadata: { order_id: "order_1" },
        shipping: {
          name: "Ada Lovelace",
          phone: "+44 20 0000 0000",
          address: { line1: "12 St James's Square", city: "London", postal_code: "SW1Y 4JH", country: "GB" },
        },
        charges: {
          data: [
            {
              id: "ch_1",
              billing_details: { name: "Ada Lovelace", email: "ada@example.com", phone: null, address: null },
            },
          ],
        },
      },
    },
  }

  it("should replace client secrets, emails, phone numbers, addresses and card holders' names", () => {
    const redacted = redactStripeObject(event) as typeof event
    const intent = redacted.data.object
    expect(intent.client_secret).toBe(REDACTED)
    expect(intent.receipt_email).toBe(REDACTED)
    expect(intent.shipping).toEqual({ name: REDACTED, phone: REDACTED, address: REDACTED })
    expect(intent.charges.data[0].billing_details).toEqual({
      name: REDACTED,
      email: REDACTED,
      phone: null,
      address: null,
    })
  })

  it("should keep everything else, so the event still says what happened", () => {
    const intent = (redactStripeObject(event) as typeof event).data.object
    expect(intent).toEqual(
      expect.objectContaining({
        id: "pi_1",
        amount: 2500,
        currency: "usd",
        description: "Order #12",
        metadata: { order_id: "order_1" },
      })
    )
    expect((redactStripeObject(event) as typeof event).type).toBe("payment_intent.succeeded")
  })

  it("should redact an individual's identity on an account and leave a product's name", () => {
    const account = {
      individual: {
        first_name: "Ada",
        last_name: "Lovelace",
        dob: { day: 10, month: 12, year: 1815 },
        ssn_last_4_provided: true,
      },
      business_profile: { name: "Analytical Engines Ltd", support_email: "help@example.com", support_phone: "+1 555" },
    }
    expect(redactStripeObject(account)).toEqual({
      individual: { first_name: REDACTED, last_name: REDACTED, dob: REDACTED, ssn_last_4_provided: REDACTED },
      business_profile: { name: "Analytical Engines Ltd", support_email: REDACTED, support_phone: REDACTED },
    })
  })

  it("should not change its input", () => {
    const copy = JSON.parse(JSON.stringify(event))
    redactStripeObject(event)
    expect(event).toEqual(copy)
  })
})
