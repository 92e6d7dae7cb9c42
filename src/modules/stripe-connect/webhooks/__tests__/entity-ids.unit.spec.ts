import { encodeTime, newEntityIds } from "../entity-ids"

describe("newEntityIds", () => {
  it("should encode the time like a ULID (the ULID specification's example time)", () => {
    expect(encodeTime(1469918176385)).toBe("01ARYZ6S41")
    expect(encodeTime(0)).toBe("0000000000")
    expect(encodeTime(33)).toBe("0000000011")
  })

  it("should make <prefix>_<ULID> ids with the given time and random parts that differ", () => {
    const ids = newEntityIds("scwhevt", 5000, 1469918176385)
    expect(ids).toHaveLength(5000)
    for (const id of ids) {
      expect(id).toMatch(/^scwhevt_01ARYZ6S41[0-9A-HJKMNP-TV-Z]{16}$/)
    }
    expect(new Set(ids).size).toBe(5000)
    // Every character of the random part takes many values across ids (not stuck at 0 by a bit error).
    for (let position = 18; position < 34; position++) {
      expect(new Set(ids.map((id) => id[position])).size).toBeGreaterThan(20)
    }
  })

  it("should sort ids of later milliseconds after earlier ones", () => {
    const [earlier] = newEntityIds("scwhevt", 1, 1_700_000_000_000)
    const [later] = newEntityIds("scwhevt", 1, 1_700_000_000_001)
    expect(earlier < later).toBe(true)
  })
})
