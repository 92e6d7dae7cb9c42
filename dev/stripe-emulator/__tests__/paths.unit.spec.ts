import { pathMatches } from "../paths"
import { Faults } from "../faults"

describe("path patterns for faults and the request log", () => {
  it("matches exact paths, prefixes on segment boundaries and * wildcards", () => {
    expect(pathMatches("/v1/transfers", "/v1/transfers")).toBe(true)
    expect(pathMatches("/v1/transfers", "/v1/transfers/tr_1/reversals")).toBe(true)
    expect(pathMatches("/v1/transfers", "/v1/transfers_x")).toBe(false)
    expect(pathMatches("/v1/payment_intents/*/capture", "/v1/payment_intents/pi_1/capture")).toBe(true)
    expect(pathMatches("/v1/payment_intents/*/capture", "/v1/payment_intents/pi_1/cancel")).toBe(false)
    expect(pathMatches(undefined, "/anything")).toBe(true)
  })
})

describe("faults", () => {
  it("apply to the next N matching requests, then stop", () => {
    const faults = new Faults()
    faults.add({ status: 500, count: 2, method: "post", path: "/v1/payouts" })
    expect(faults.take("GET", "/v1/payouts")).toBeNull()
    expect(faults.take("POST", "/v1/payouts")?.status).toBe(500)
    expect(faults.take("POST", "/v1/payouts/po_1/cancel")?.status).toBe(500)
    expect(faults.take("POST", "/v1/payouts")).toBeNull()
    expect(faults.active()).toHaveLength(0)
  })
})
