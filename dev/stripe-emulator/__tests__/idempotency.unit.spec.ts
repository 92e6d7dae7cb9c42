import { fingerprint, IdempotencyStore } from "../idempotency"

describe("idempotency store", () => {
  it("replays, detects mismatches and in-flight use", () => {
    const store = new IdempotencyStore()
    const key = IdempotencyStore.scopeKey("sk_test_a", null, "k1")
    const print = fingerprint("POST", "/v1/payouts", { amount: "1", currency: "usd" })
    expect(store.begin(key, print).kind).toBe("new")
    expect(store.begin(key, print).kind).toBe("in_use")
    store.complete(key, { status: 200, body: { id: "po_1" } })
    expect(store.begin(key, print)).toEqual({ kind: "replay", response: { status: 200, body: { id: "po_1" } } })
    expect(store.begin(key, fingerprint("POST", "/v1/payouts", { amount: "2", currency: "usd" })).kind).toBe("mismatch")
  })

  it("ignores param order and scopes keys by API key and account", () => {
    expect(fingerprint("POST", "/p", { a: "1", b: { c: "2", d: "3" } })).toBe(fingerprint("POST", "/p", { b: { d: "3", c: "2" }, a: "1" }))
    expect(IdempotencyStore.scopeKey("sk_test_a", "acct_1", "k")).not.toBe(IdempotencyStore.scopeKey("sk_test_a", null, "k"))
  })

  it("releases a key whose request never executed", () => {
    const store = new IdempotencyStore()
    const key = IdempotencyStore.scopeKey("sk_test_a", null, "k2")
    store.begin(key, "x")
    store.release(key)
    expect(store.begin(key, "y").kind).toBe("new")
  })
})
