import { firstForeignItem, grantedMerchantScope } from "../fulfillment-scope"

describe("grantedMerchantScope", () => {
  it("should limit a caller whose every grant is limited to the union of their merchants", () => {
    expect(
      grantedMerchantScope([
        { role: "pos_staff", merchant_ids: ["m_a"] },
        { role: "payment_admin", merchant_ids: ["m_b", "m_a"] },
      ])
    ).toEqual(["m_a", "m_b"])
  })

  it("should not limit a caller with one grant for every merchant, or with no grant", () => {
    expect(
      grantedMerchantScope([
        { role: "pos_staff", merchant_ids: ["m_a"] },
        { role: "super_admin", merchant_ids: null },
      ])
    ).toBeNull()
    expect(grantedMerchantScope([])).toBeNull()
  })
})

describe("firstForeignItem", () => {
  const lines = [
    { id: "ordli_a", seller: { account_id: "acct_a", merchant_id: "m_a" } },
    { id: "ordli_b", seller: { account_id: "acct_b", merchant_id: "m_b" } },
    { id: "ordli_none", seller: null },
  ]

  it("should allow items whose seller is one of the caller's merchants", () => {
    expect(firstForeignItem([{ id: "ordli_a" }], lines, ["m_a"])).toBeNull()
    expect(firstForeignItem([{ id: "ordli_a" }, { id: "ordli_b" }], lines, ["m_a", "m_b"])).toBeNull()
  })

  it("should name the first item of another seller, of no seller, or not of the order", () => {
    expect(firstForeignItem([{ id: "ordli_a" }, { id: "ordli_b" }], lines, ["m_a"])).toBe(1)
    expect(firstForeignItem([{ id: "ordli_none" }], lines, ["m_a"])).toBe(0)
    expect(firstForeignItem([{ id: "ordli_a" }, { id: "ordli_elsewhere" }], lines, ["m_a"])).toBe(1)
    expect(firstForeignItem([{ id: 42 }], lines, ["m_a"])).toBe(0)
  })
})
