import { keyForSubmission, newIdempotencyKey } from "../idempotency"

describe("idempotency keys of money-moving dialogs", () => {
  const counter = () => {
    let n = 0
    return () => `key-${++n}`
  }

  it("should keep the key when the same body is sent again, so a retry moves money once", () => {
    const make = counter()
    const first = keyForSubmission(null, { amount: 3000, currency: "usd" }, make)
    const retry = keyForSubmission(first, { amount: 3000, currency: "usd" }, make)
    expect(first.key).toBe("key-1")
    expect(retry.key).toBe("key-1")
  })

  it("should make a new key when the body changed, so an edited amount is not answered with the first one", () => {
    const make = counter()
    const refused = keyForSubmission(null, { amount: 25_000, currency: "usd" }, make)
    expect(keyForSubmission(refused, { amount: 3000, currency: "usd" }, make).key).toBe("key-2")
  })

  it("should make a new key after a reset (a dialog opened again) even for the same body", () => {
    const make = counter()
    keyForSubmission(null, { amount: 3000 }, make)
    expect(keyForSubmission(null, { amount: 3000 }, make).key).toBe("key-2")
  })

  it("should make random keys the routes accept", () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey))
    expect(keys.size).toBe(50)
    for (const key of keys) expect(key).toMatch(/^[0-9a-f]{32}$/)
  })
})
