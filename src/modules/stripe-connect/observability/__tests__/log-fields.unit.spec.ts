import { withLogFields } from "../log-fields"

describe("withLogFields", () => {
  it("should append the fields as logfmt pairs in their order and leave out those without a value", () => {
    expect(
      withLogFields("stripe-connect: webhook event handler failed", {
        event_id: "evt_1",
        account: "acct_1",
        request_id: undefined,
        attempt: 2,
        next_attempt_at: null,
      })
    ).toBe("stripe-connect: webhook event handler failed event_id=evt_1 account=acct_1 attempt=2")
  })

  it("should quote values with spaces, quotes, equals signs or backslashes, and empty ones", () => {
    expect(withLogFields("m", { error: 'Stripe said "no" = 402', path: "a\\b", empty: "" })).toBe(
      'm error="Stripe said \\"no\\" = 402" path="a\\\\b" empty=""'
    )
  })

  it("should answer the message alone without fields", () => {
    expect(withLogFields("m", { request_id: undefined })).toBe("m")
  })
})
