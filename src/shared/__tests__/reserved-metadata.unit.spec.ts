import { findReservedMetadataKey, findReservedSessionDataField, isReservedMetadataKey } from "../reserved-metadata"

describe("isReservedMetadataKey", () => {
  it("should reserve the keys the plugin reads and its prefixes, in any case", () => {
    for (const key of ["session_id", "cart_id", "order_id", "merchant_id", "source", "request_id", "resource_id"]) {
      expect({ key, reserved: isReservedMetadataKey(key) }).toEqual({ key, reserved: true })
    }
    expect(isReservedMetadataKey("medusa_plugin")).toBe(true)
    expect(isReservedMetadataKey("stripe_connect_integration_id")).toBe(true)
    expect(isReservedMetadataKey("Session_ID")).toBe(true)
  })

  it("should leave a caller's own keys alone", () => {
    for (const key of ["order_number", "session", "location_id", "my_source", "note"]) {
      expect({ key, reserved: isReservedMetadataKey(key) }).toEqual({ key, reserved: false })
    }
  })
})

describe("findReservedMetadataKey", () => {
  it("should name the reserved key of a metadata object, or null", () => {
    expect(findReservedMetadataKey({ note: "a", session_id: "x" })).toBe("session_id")
    expect(findReservedMetadataKey({ note: "a" })).toBeNull()
    expect(findReservedMetadataKey(undefined)).toBeNull()
  })
})

describe("findReservedSessionDataField", () => {
  it("should name the session data keys the provider reads, and reserved keys inside data.metadata", () => {
    expect(findReservedSessionDataField({ session_id: "x" })).toBe("data.session_id")
    expect(findReservedSessionDataField({ id: "pi_1" })).toBe("data.id")
    expect(findReservedSessionDataField({ stripe_connect: {} })).toBe("data.stripe_connect")
    expect(findReservedSessionDataField({ medusa_anything: 1 })).toBe("data.medusa_anything")
    expect(findReservedSessionDataField({ metadata: { order_id: "o" } })).toBe("data.metadata.order_id")
  })

  it("should let a storefront name a seller and send its own metadata", () => {
    expect(findReservedSessionDataField({ merchant_id: "m", account_id: "acct_1" })).toBeNull()
    expect(findReservedSessionDataField({ metadata: { gift_note: "hi" }, application_fee_amount: 1 })).toBeNull()
    expect(findReservedSessionDataField(undefined)).toBeNull()
  })
})
