import { paginate, newestFirst, createdFilter } from "../list"
import { Params } from "../params"

const items = Array.from({ length: 25 }, (_, i) => ({ id: `obj_${i}`, created: 1000 + i }))

describe("cursor pagination", () => {
  const sorted = newestFirst(items)

  it("sorts newest first, ties by insertion order (later first)", () => {
    expect(sorted[0].id).toBe("obj_24")
    const tied = newestFirst([{ id: "a", created: 1 }, { id: "b", created: 1 }])
    expect(tied.map((x) => x.id)).toEqual(["b", "a"])
  })

  it("defaults to 10 and reports has_more", () => {
    const page = paginate(sorted, new Params({}), "/v1/x")
    expect(page.data).toHaveLength(10)
    expect(page.has_more).toBe(true)
    expect(page).toMatchObject({ object: "list", url: "/v1/x" })
  })

  it("walks forward with starting_after until the end", () => {
    const seen: string[] = []
    let after: string | undefined
    for (;;) {
      const page = paginate(sorted, new Params(after ? { limit: "7", starting_after: after } : { limit: "7" }), "/v1/x")
      seen.push(...page.data.map((d) => d.id))
      if (!page.has_more) break
      after = page.data[page.data.length - 1].id
    }
    expect(seen).toEqual(sorted.map((s) => s.id))
  })

  it("walks backward with ending_before", () => {
    const page = paginate(sorted, new Params({ limit: "3", ending_before: "obj_10" }), "/v1/x")
    expect(page.data.map((d) => d.id)).toEqual(["obj_13", "obj_12", "obj_11"])
    expect(page.has_more).toBe(true)
  })

  it("rejects a limit outside 1..100", () => {
    expect(() => paginate(sorted, new Params({ limit: "101" }), "/v1/x")).toThrow(/limit/)
  })

  it("filters by created range", () => {
    const f = createdFilter(new Params({ created: { gte: "1005", lt: "1007" } }))
    expect(items.filter((i) => f(i.created)).map((i) => i.id)).toEqual(["obj_5", "obj_6"])
  })
})
