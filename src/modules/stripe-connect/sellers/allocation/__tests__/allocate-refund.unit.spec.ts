import { allocateDispute } from "../allocate-dispute"
import { allocateRefund } from "../allocate-refund"
import type { SellerChargeState } from "../types"

const states: SellerChargeState[] = [
  {
    account_id: "acct_b",
    charged_amount: 3000,
    transfer_amount: 2700,
    fee_amount: 300,
    tax_kept_amount: 0,
    refunded_amount: 0,
  },
  {
    account_id: "acct_a",
    charged_amount: 1000,
    transfer_amount: 800,
    fee_amount: 100,
    tax_kept_amount: 100,
    refunded_amount: 0,
  },
]

describe("allocateRefund", () => {
  it("should reverse only the named seller's transfer and give back its proportional fee", () => {
    const shares = allocateRefund(states, { account_id: "acct_b", amount: 1000 })
    expect(shares).toEqual([
      { account_id: "acct_a", refund_amount: 0, reversal_amount: 0, fee_refund_amount: 0, tax_refund_amount: 0 },
      { account_id: "acct_b", refund_amount: 1000, reversal_amount: 900, fee_refund_amount: 100, tax_refund_amount: 0 },
    ])
  })

  it("should spread an amount without a seller by what is left of each part", () => {
    const shares = allocateRefund(states, { amount: 2000 })
    expect(shares.map((share) => [share.account_id, share.refund_amount, share.reversal_amount])).toEqual([
      ["acct_a", 500, 400],
      ["acct_b", 1500, 1350],
    ])
  })

  it("should reverse the whole transfer on a full refund made in pieces", () => {
    const first = allocateRefund(states, { account_id: "acct_a", amount: 333 })
    const second = allocateRefund(
      states.map((state) => (state.account_id === "acct_a" ? { ...state, refunded_amount: 333 } : state)),
      { account_id: "acct_a", amount: 667 }
    )
    expect(first[0].reversal_amount + second[0].reversal_amount).toBe(800)
    expect(first[0].fee_refund_amount + second[0].fee_refund_amount).toBe(100)
    expect(first[0].tax_refund_amount + second[0].tax_refund_amount).toBe(100)
  })

  it("should refuse more than is left to refund, and an unknown seller", () => {
    expect(() => allocateRefund(states, { account_id: "acct_a", amount: 1001 })).toThrow(
      "amount: 1001 is more than the 1000 left to refund of seller acct_a"
    )
    expect(() => allocateRefund(states, { amount: 4001 })).toThrow(
      "amount: 4001 is more than the 4000 left to refund of the charge"
    )
    expect(() => allocateRefund(states, { account_id: "acct_x", amount: 1 })).toThrow(
      "account_id: acct_x is not a seller of this charge"
    )
  })
})

describe("allocateDispute", () => {
  it("should spread the disputed amount by the sellers' shares of the charge", () => {
    expect(allocateDispute(states, 4000)).toEqual([
      { account_id: "acct_a", disputed_amount: 1000, reversal_amount: 800 },
      { account_id: "acct_b", disputed_amount: 3000, reversal_amount: 2700 },
    ])
    expect(allocateDispute(states, 1000)).toEqual([
      { account_id: "acct_a", disputed_amount: 250, reversal_amount: 200 },
      { account_id: "acct_b", disputed_amount: 750, reversal_amount: 675 },
    ])
  })

  it("should not reverse beyond what is still transferred after refunds", () => {
    const refunded = states.map((state) => ({ ...state, refunded_amount: state.charged_amount }))
    expect(allocateDispute(refunded, 4000).map((share) => share.reversal_amount)).toEqual([0, 0])
  })

  it("should refuse a disputed amount above the charge", () => {
    expect(() => allocateDispute(states, 4001)).toThrow("disputed_amount: 4001 is more than the charge's 4000")
  })
})
