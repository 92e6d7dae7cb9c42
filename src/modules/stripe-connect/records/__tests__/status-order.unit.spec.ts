import { statusesAcceptingRank } from ".."

describe("statusesAcceptingRank", () => {
  it("should accept the same and lower ranks and nothing for an unknown status", () => {
    const ranks = { a: 0, b: 0, c: 1, d: 2 }
    expect(statusesAcceptingRank(ranks, "c")).toEqual(["a", "b", "c"])
    expect(statusesAcceptingRank(ranks, "a")).toEqual(["a", "b"])
    expect(statusesAcceptingRank(ranks, "zzz")).toEqual([])
  })
})
