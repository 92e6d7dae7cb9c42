import { bindRefs, encodeValue, REF_KEY } from "../state-codec"
import { Store } from "../store"

describe("the state codec", () => {
  const refund = () => ({ id: "re_1", object: "refund", amount: 500, metadata: {} as Record<string, string> })

  it("should write a stored object held inside another as a reference, and keep a root object whole", () => {
    const store = new Store()
    const r = store.put("platform", "refund", refund())
    const charge = store.put("platform", "charge", { id: "ch_1", object: "charge", refunds: { object: "list", data: [r] } })
    expect(encodeValue(store, charge, true)).toEqual({ id: "ch_1", object: "charge", refunds: { object: "list", data: [{ [REF_KEY]: "re_1" }] } })
    expect(encodeValue(store, { status: 200, body: charge }, false)).toEqual({ status: 200, body: { [REF_KEY]: "ch_1" } })
  })

  it("should copy an object equal to a stored one but not the same instance, since it is a snapshot (an event's data)", () => {
    const store = new Store()
    store.put("platform", "refund", refund())
    expect(encodeValue(store, { data: { object: refund() } }, false)).toEqual({ data: { object: refund() } })
  })

  it("should make a dump and load round trip share instances again, so a change shows everywhere it is held", () => {
    const store = new Store()
    const r = store.put("platform", "refund", refund())
    store.put("acct_1", "charge", { id: "ch_1", object: "charge", refunds: { object: "list", data: [r] } })
    const again = new Store()
    again.load(JSON.parse(JSON.stringify(store.dump())))
    const loaded = again.get<ReturnType<typeof refund>>("platform", "refund", "re_1")
    const charge = again.get<{ id: string; object: string; refunds: { data: unknown[] } }>("acct_1", "charge", "ch_1")
    expect(charge?.refunds.data[0]).toBe(loaded)
    expect(again.locate("ch_1")).toEqual(expect.objectContaining({ scope: "acct_1", kind: "charge" }))
  })

  it("should refuse a reference to an object the state does not hold", () => {
    expect(() => bindRefs(new Store(), { body: { [REF_KEY]: "pi_gone" } })).toThrow("it refers to pi_gone, which it does not hold")
  })

  it("should refuse values JSON cannot hold instead of writing them wrongly", () => {
    expect(() => encodeValue(new Store(), { at: BigInt(1) }, false)).toThrow("cannot save a bigint")
  })
})
