import { EMPTY_FEE_CONFIGURATION } from "../../../fees"
import type { FeeConfigurationDocument } from "../../../../../shared/types/fees"
import { allocateCharge } from "../allocate-charge"
import type { ChargeAllocation, SellerChargeInput } from "../types"

const tenPercent: FeeConfigurationDocument = {
  default_fee_percent: 10,
  default_fee_fixed: 0,
  fee_tiers: [],
  per_merchant_overrides: [],
}

function seller(account_id: string, items_amount: number, tax_amount = 0, fee = tenPercent): SellerChargeInput {
  return { account_id, merchant_id: `mer_${account_id}`, items_amount, tax_amount, fee: { configuration: fee } }
}

function conserved(allocation: ChargeAllocation): number {
  return allocation.sellers.reduce(
    (acc, part) => acc + part.transfer_amount + part.fee_amount + part.tax_kept_amount + part.stripe_fee_amount,
    0
  )
}

describe("allocateCharge", () => {
  it("should pay each seller its items, shipping share and tax, less its discount share and fee", () => {
    // items 6000 + 3000 + 1000, tax 600 + 300 + 100, shipping 1000, discount 500, total 11500
    const allocation = allocateCharge({
      currency: "usd",
      captured_amount: 11500,
      shipping_amount: 1000,
      shipping_tax_amount: 0,
      discount_amount: 500,
      sellers: [seller("acct_c", 1000, 100), seller("acct_a", 6000, 600), seller("acct_b", 3000, 300)],
    })
    expect(allocation.sellers.map((part) => part.account_id)).toEqual(["acct_a", "acct_b", "acct_c"])
    expect(allocation.sellers[0]).toEqual(
      expect.objectContaining({
        shipping_amount: 600,
        discount_amount: 300,
        tax_amount: 600,
        charged_amount: 6900,
        fee_amount: 690,
        tax_kept_amount: 0,
        transfer_amount: 6210,
      })
    )
    expect(allocation.sellers[1]).toEqual(
      expect.objectContaining({ charged_amount: 3450, fee_amount: 345, transfer_amount: 3105 })
    )
    expect(allocation.sellers[2]).toEqual(
      expect.objectContaining({ charged_amount: 1150, fee_amount: 115, transfer_amount: 1035 })
    )
    expect(allocation.fee_total).toBe(1150)
    expect(conserved(allocation)).toBe(11500)
  })

  it("should pay three-decimal sellers in multiples of 10 fils, the platform keeping what is below one step", () => {
    // KWD: 1.005 + 2.005 KWD of items, 10 % fee; 3.015 captured is not a multiple of 10 fils.
    const allocation = allocateCharge({
      currency: "kwd",
      captured_amount: 3015,
      shipping_amount: 0,
      shipping_tax_amount: 0,
      discount_amount: 0,
      sellers: [seller("acct_a", 1005), seller("acct_b", 2010)],
    })
    for (const part of allocation.sellers) {
      expect(part.transfer_amount % 10).toBe(0)
      expect(part.fee_amount % 10).toBe(0)
    }
    expect(allocation.sellers[0]).toEqual(
      expect.objectContaining({ charged_amount: 1000, fee_amount: 100, transfer_amount: 900, remainder_kept_amount: 0 })
    )
    expect(allocation.sellers[1]).toEqual(
      expect.objectContaining({
        charged_amount: 2015,
        fee_amount: 200,
        transfer_amount: 1810,
        remainder_kept_amount: 5,
      })
    )
    expect(allocation.remainder_kept_total).toBe(5)
    expect(conserved(allocation) + allocation.remainder_kept_total).toBe(3015)
  })

  it("should keep the tax with the platform when it collects it", () => {
    const allocation = allocateCharge({
      currency: "eur",
      captured_amount: 2300,
      shipping_amount: 0,
      shipping_tax_amount: 100,
      discount_amount: 0,
      tax_collected_by: "platform",
      sellers: [
        seller("acct_a", 1000, 100, EMPTY_FEE_CONFIGURATION),
        seller("acct_b", 1000, 100, EMPTY_FEE_CONFIGURATION),
      ],
    })
    expect(allocation.sellers.map((part) => [part.tax_kept_amount, part.transfer_amount])).toEqual([
      [150, 1000],
      [150, 1000],
    ])
    expect(allocation.tax_kept_total).toBe(300)
    expect(conserved(allocation)).toBe(2300)
  })

  it("should split Stripe's fee by the sellers' shares when it is passed on", () => {
    const allocation = allocateCharge({
      currency: "usd",
      captured_amount: 3000,
      shipping_amount: 0,
      shipping_tax_amount: 0,
      discount_amount: 0,
      stripe_fee_amount: 117,
      sellers: [seller("acct_a", 1000, 0, EMPTY_FEE_CONFIGURATION), seller("acct_b", 2000, 0, EMPTY_FEE_CONFIGURATION)],
    })
    expect(allocation.sellers.map((part) => part.stripe_fee_amount)).toEqual([39, 78])
    expect(allocation.stripe_fee_retained).toBe(117)
    expect(conserved(allocation)).toBe(3000)
  })

  it("should use each seller's own fee configuration (override by merchant)", () => {
    const config: FeeConfigurationDocument = {
      ...tenPercent,
      per_merchant_overrides: [{ merchant_id: "mer_acct_b", fee_percent: 0, fee_fixed: 50, reason: null }],
    }
    const allocation = allocateCharge({
      currency: "usd",
      captured_amount: 2000,
      shipping_amount: 0,
      shipping_tax_amount: 0,
      discount_amount: 0,
      sellers: [seller("acct_a", 1000, 0, config), seller("acct_b", 1000, 0, config)],
    })
    expect(allocation.sellers.map((part) => [part.fee_source, part.fee_amount])).toEqual([
      ["default", 100],
      ["override", 50],
    ])
  })

  it("should share a partial capture by the sellers' parts", () => {
    const allocation = allocateCharge({
      currency: "jpy",
      captured_amount: 1000,
      shipping_amount: 0,
      shipping_tax_amount: 0,
      discount_amount: 0,
      sellers: [
        seller("acct_a", 1000, 0, EMPTY_FEE_CONFIGURATION),
        seller("acct_b", 1000, 0, EMPTY_FEE_CONFIGURATION),
        seller("acct_c", 1000, 0, EMPTY_FEE_CONFIGURATION),
      ],
    })
    expect(allocation.sellers.map((part) => part.transfer_amount)).toEqual([334, 333, 333])
  })

  it("should never make a transfer negative when the fee is larger than the seller's part", () => {
    const fixedFee: FeeConfigurationDocument = { ...tenPercent, default_fee_percent: 0, default_fee_fixed: 500 }
    const allocation = allocateCharge({
      currency: "usd",
      captured_amount: 1300,
      shipping_amount: 0,
      shipping_tax_amount: 0,
      discount_amount: 0,
      tax_collected_by: "platform",
      stripe_fee_amount: 60,
      sellers: [seller("acct_a", 100, 100, fixedFee), seller("acct_b", 1000, 100, fixedFee)],
    })
    expect(allocation.sellers[0]).toEqual(
      expect.objectContaining({
        charged_amount: 200,
        tax_kept_amount: 100,
        fee_amount: 100,
        stripe_fee_amount: 0,
        transfer_amount: 0,
      })
    )
    expect(conserved(allocation)).toBe(1300)
  })

  it("should refuse a capture above the order's total, a discount above the items and duplicate sellers", () => {
    const base = { currency: "usd", shipping_amount: 0, shipping_tax_amount: 0, discount_amount: 0 }
    expect(() => allocateCharge({ ...base, captured_amount: 1001, sellers: [seller("acct_a", 1000)] })).toThrow(
      "captured_amount: 1001 is more than the order's total 1000"
    )
    expect(() =>
      allocateCharge({ ...base, discount_amount: 2000, captured_amount: 0, sellers: [seller("acct_a", 1000)] })
    ).toThrow("discount_amount: 2000 is more than the items' total 1000")
    expect(() =>
      allocateCharge({ ...base, captured_amount: 0, sellers: [seller("acct_a", 1), seller("acct_a", 1)] })
    ).toThrow("sellers: each seller appears once")
    expect(() => allocateCharge({ ...base, captured_amount: 0, sellers: [] })).toThrow(
      "sellers: a charge needs at least one seller"
    )
  })
})
