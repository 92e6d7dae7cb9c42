import { planSellerChanges, type CurrentSeller } from "../plan-seller-changes"

const A = { connected_account_id: "scacct_a", merchant_id: "merchant_a" }
const B = { connected_account_id: "scacct_b", merchant_id: "merchant_b" }
const soldBy = (product_id: string, seller: typeof A): CurrentSeller => ({ product_id, ...seller })

describe("planSellerChanges", () => {
  it("should link products without a seller to the target", () => {
    const plan = planSellerChanges({
      target: A,
      product_ids: ["p1", "p2"],
      remove_product_ids: [],
      current: [],
      merchant_ids: null,
    })
    expect(plan).toEqual({
      dismiss: [],
      create: [
        { product_id: "p1", connected_account_id: "scacct_a" },
        { product_id: "p2", connected_account_id: "scacct_a" },
      ],
      conflicts: [],
    })
  })

  it("should leave a product the target already sells alone, and move one another account sells", () => {
    const plan = planSellerChanges({
      target: A,
      product_ids: ["p1", "p2"],
      remove_product_ids: [],
      current: [soldBy("p1", A), soldBy("p2", B)],
      merchant_ids: null,
    })
    expect(plan.dismiss).toEqual([{ product_id: "p2", connected_account_id: "scacct_b" }])
    expect(plan.create).toEqual([{ product_id: "p2", connected_account_id: "scacct_a" }])
  })

  it("should clear the seller with a null target", () => {
    const plan = planSellerChanges({
      target: null,
      product_ids: ["p1", "p2"],
      remove_product_ids: [],
      current: [soldBy("p1", B)],
      merchant_ids: null,
    })
    expect(plan).toEqual({
      dismiss: [{ product_id: "p1", connected_account_id: "scacct_b" }],
      create: [],
      conflicts: [],
    })
  })

  it("should refuse a merchant-scoped caller a product another merchant's account sells, for moves and clears", () => {
    const current = [soldBy("p1", B), soldBy("p2", A)]
    expect(
      planSellerChanges({
        target: A,
        product_ids: ["p1", "p3"],
        remove_product_ids: [],
        current,
        merchant_ids: ["merchant_a"],
      }).conflicts
    ).toEqual(["p1"])
    expect(
      planSellerChanges({
        target: null,
        product_ids: ["p1", "p2"],
        remove_product_ids: [],
        current,
        merchant_ids: ["merchant_a"],
      }).conflicts
    ).toEqual(["p1"])
    expect(
      planSellerChanges({
        target: A,
        product_ids: ["p1"],
        remove_product_ids: [],
        current,
        merchant_ids: ["merchant_a", "merchant_b"],
      }).conflicts
    ).toEqual([])
  })

  it("should remove only products the target sells", () => {
    const plan = planSellerChanges({
      target: A,
      product_ids: [],
      remove_product_ids: ["p1", "p2", "p3"],
      current: [soldBy("p1", A), soldBy("p2", B)],
      merchant_ids: null,
    })
    expect(plan).toEqual({
      dismiss: [{ product_id: "p1", connected_account_id: "scacct_a" }],
      create: [],
      conflicts: [],
    })
  })

  it("should count a product named twice once", () => {
    const plan = planSellerChanges({
      target: A,
      product_ids: ["p1", "p1"],
      remove_product_ids: [],
      current: [],
      merchant_ids: null,
    })
    expect(plan.create).toHaveLength(1)
  })
})
