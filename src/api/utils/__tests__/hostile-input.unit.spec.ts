import { findHostileInput, INPUT_BOUNDS } from "../hostile-input"

const nested = (levels: number): unknown => (levels === 0 ? "leaf" : { a: nested(levels - 1) })

describe("findHostileInput", () => {
  it("should accept ordinary bodies and queries", () => {
    expect(findHostileInput({ amount: 2500, metadata: { note: "été ✓" }, tags: ["a", "b"], limit: "20" })).toBeNull()
    expect(findHostileInput(undefined)).toBeNull()
  })

  it("should name a string holding a NUL character, inside objects and arrays", () => {
    expect(findHostileInput({ description: "a\u0000b" })).toEqual({
      param: "description",
      message: "description: must not contain NUL characters (\\u0000)",
    })
    expect(findHostileInput({ fee_tiers: [{ name: "x" }, { name: "\u0000" }] })?.param).toBe("fee_tiers[1].name")
  })

  it.each(["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"])(
    "should refuse the key %s wherever it is",
    (key) => {
      expect(findHostileInput(JSON.parse(`{"${key}": 1}`))?.param).toBe(key)
      expect(findHostileInput(JSON.parse(`{"metadata": {"${key}": "x"}}`))?.param).toBe(`metadata.${key}`)
    }
  )

  it("should refuse a key holding a NUL character", () => {
    expect(findHostileInput({ "a\u0000b": 1 })?.param).toBe("a\\u0000b")
  })

  it("should allow nesting up to the bound and refuse one level more", () => {
    expect(findHostileInput(nested(INPUT_BOUNDS.maxDepth))).toBeNull()
    expect(findHostileInput(nested(INPUT_BOUNDS.maxDepth + 1))?.message).toMatch(/nested more than 8 levels/)
  })

  it("should refuse an array longer than the bound, naming it", () => {
    expect(findHostileInput({ ids: new Array(INPUT_BOUNDS.maxArrayLength).fill("x") })).toBeNull()
    expect(findHostileInput({ ids: new Array(INPUT_BOUNDS.maxArrayLength + 1).fill("x") })).toEqual({
      param: "ids",
      message: "ids: must have at most 10000 items",
    })
  })
})
