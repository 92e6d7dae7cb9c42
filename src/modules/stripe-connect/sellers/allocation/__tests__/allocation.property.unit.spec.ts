import fc from "fast-check"
import type { FeeConfigurationDocument } from "../../../../../shared/types/fees"
import { allocateCharge } from "../allocate-charge"
import { allocateDispute } from "../allocate-dispute"
import { allocateRefund } from "../allocate-refund"
import { minorUnitStep } from "../../../../../shared/currency-units"
import type { ChargeAllocationInput, SellerChargeState } from "../types"

const feeConfiguration: fc.Arbitrary<FeeConfigurationDocument> = fc.record({
  default_fee_percent: fc.integer({ min: 0, max: 300 }).map((tenths) => tenths / 10),
  default_fee_fixed: fc.integer({ min: 0, max: 500 }),
  fee_tiers: fc.constant([
    { volume_min: 0, volume_max: 999, fee_percent: 5, fee_fixed: 30 },
    { volume_min: 1000, volume_max: null, fee_percent: 2.9, fee_fixed: 0 },
  ]),
  per_merchant_overrides: fc.constant([{ merchant_id: "mer_1", fee_percent: 1.5, fee_fixed: 10, reason: null }]),
})

const line = fc.record({
  unit_price: fc.integer({ min: 0, max: 50_000 }),
  quantity: fc.integer({ min: 1, max: 5 }),
  item_discount: fc.integer({ min: 0, max: 100 }),
  tax_rate: fc.constantFrom(0, 7, 19, 20),
})

const seller = fc.record({
  lines: fc.array(line, { minLength: 1, maxLength: 4 }),
  fee: feeConfiguration,
  monthly_volume: fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }),
})

const cart = fc
  .record({
    currency: fc.constantFrom("usd", "eur", "jpy", "kwd", "bhd"),
    /** Three-decimal charges Stripe accepts end in 0; a few that do not check the remainder kept. */
    stepped_capture: fc.constantFrom(true, true, true, false),
    sellers: fc.array(seller, { minLength: 1, maxLength: 6 }),
    shipping_amount: fc.integer({ min: 0, max: 5_000 }),
    shipping_tax_rate: fc.constantFrom(0, 19),
    order_discount_percent: fc.integer({ min: 0, max: 100 }),
    tax_collected_by: fc.constantFrom("seller" as const, "platform" as const),
    stripe_fee: fc.option(fc.integer({ min: 0, max: 2_000 }), { nil: null }),
    capture_percent: fc.constantFrom(100, 100, 100, 73, 1),
  })
  .map((drawn): ChargeAllocationInput => {
    const sellers = drawn.sellers.map((drawnSeller, index) => {
      let items = 0
      let tax = 0
      for (const item of drawnSeller.lines) {
        const gross = item.unit_price * item.quantity
        const net = gross - Math.floor((gross * item.item_discount) / 100)
        items += net
        tax += Math.round((net * item.tax_rate) / 100)
      }
      return {
        account_id: `acct_${index}`,
        merchant_id: `mer_${index}`,
        items_amount: items,
        tax_amount: tax,
        fee: { configuration: drawnSeller.fee, monthly_volume: drawnSeller.monthly_volume },
      }
    })
    const itemsTotal = sellers.reduce((acc, part) => acc + part.items_amount, 0)
    const shippingTax = Math.round((drawn.shipping_amount * drawn.shipping_tax_rate) / 100)
    const discount = Math.floor((itemsTotal * drawn.order_discount_percent) / 100)
    const total =
      sellers.reduce((acc, part) => acc + part.items_amount + part.tax_amount, 0) +
      drawn.shipping_amount +
      shippingTax -
      discount
    const step = drawn.stepped_capture ? minorUnitStep(drawn.currency) : 1
    const captured = Math.floor((total * drawn.capture_percent) / 100)
    return {
      currency: drawn.currency,
      captured_amount: captured - (captured % step),
      shipping_amount: drawn.shipping_amount,
      shipping_tax_amount: shippingTax,
      discount_amount: discount,
      tax_collected_by: drawn.tax_collected_by,
      stripe_fee_amount: drawn.stripe_fee === null ? null : Math.min(drawn.stripe_fee, total),
      sellers,
    }
  })

describe("multi-seller allocation (property)", () => {
  it("should conserve the captured amount with no negative transfer, deterministically", () => {
    fc.assert(
      fc.property(cart, (input) => {
        const allocation = allocateCharge(input)
        const step = minorUnitStep(input.currency)
        let conserved = 0
        for (const part of allocation.sellers) {
          expect(part.transfer_amount).toBeGreaterThanOrEqual(0)
          expect(part.fee_amount).toBeGreaterThanOrEqual(0)
          expect(part.discount_amount).toBeLessThanOrEqual(part.items_amount)
          for (const amount of [part.transfer_amount, part.fee_amount, part.tax_kept_amount, part.stripe_fee_amount]) {
            expect(amount % step).toBe(0)
          }
          expect(part.remainder_kept_amount).toBeLessThan(step)
          conserved +=
            part.transfer_amount +
            part.fee_amount +
            part.tax_kept_amount +
            part.stripe_fee_amount +
            part.remainder_kept_amount
        }
        expect(conserved).toBe(input.captured_amount)
        expect(allocation.remainder_kept_total).toBe(input.captured_amount % step)
        expect(
          allocation.fee_total +
            allocation.tax_kept_total +
            allocation.stripe_fee_retained +
            allocation.remainder_kept_total
        ).toBe(input.captured_amount - allocation.sellers.reduce((acc, part) => acc + part.transfer_amount, 0))
        expect(allocateCharge({ ...input, sellers: [...input.sellers].reverse() })).toEqual(allocation)
      }),
      { numRuns: 300 }
    )
  })

  it("should never reverse more than was transferred, and reverse it all once everything is refunded, whatever the refunds' order", () => {
    const refunds = fc.array(
      fc.record({ seller: fc.option(fc.nat(5), { nil: null }), fraction: fc.integer({ min: 1, max: 100 }) }),
      { minLength: 1, maxLength: 8 }
    )
    fc.assert(
      fc.property(cart, refunds, fc.integer({ min: 0, max: 100 }), (input, drawnRefunds, disputePercent) => {
        const allocation = allocateCharge(input)
        const step = minorUnitStep(input.currency)
        const states: SellerChargeState[] = allocation.sellers.map((part) => ({
          account_id: part.account_id,
          charged_amount: part.charged_amount,
          transfer_amount: part.transfer_amount,
          fee_amount: part.fee_amount,
          tax_kept_amount: part.tax_kept_amount,
          refunded_amount: 0,
        }))
        const reversed = new Map(states.map((state) => [state.account_id, 0]))
        const feeBack = new Map(states.map((state) => [state.account_id, 0]))

        const apply = (request: { amount: number; account_id?: string }): void => {
          const shares = allocateRefund(states, request, step)
          expect(shares.reduce((acc, share) => acc + share.refund_amount, 0)).toBe(request.amount)
          for (const share of shares) {
            const state = states.find((candidate) => candidate.account_id === share.account_id)
            if (!state) {
              throw new Error(`no state for ${share.account_id}`)
            }
            expect(share.reversal_amount).toBeGreaterThanOrEqual(0)
            expect(share.reversal_amount % step).toBe(0)
            expect(share.fee_refund_amount % step).toBe(0)
            state.refunded_amount += share.refund_amount
            reversed.set(share.account_id, (reversed.get(share.account_id) ?? 0) + share.reversal_amount)
            feeBack.set(share.account_id, (feeBack.get(share.account_id) ?? 0) + share.fee_refund_amount)
            expect(reversed.get(share.account_id)).toBeLessThanOrEqual(state.transfer_amount)
            expect(state.refunded_amount).toBeLessThanOrEqual(state.charged_amount)
          }
        }

        for (const refund of drawnRefunds) {
          const target = refund.seller === null ? undefined : states[refund.seller % states.length]
          const left = target
            ? target.charged_amount - target.refunded_amount
            : states.reduce((acc, state) => acc + state.charged_amount - state.refunded_amount, 0)
          const amount = Math.floor((left * refund.fraction) / 100)
          apply({ amount: amount - (amount % step), account_id: target?.account_id })
        }

        const disputeStates = states.map((state) => ({ ...state }))
        const leftTotal = states.reduce((acc, state) => acc + state.charged_amount - state.refunded_amount, 0)
        const disputed = Math.floor((leftTotal * disputePercent) / 100)
        const dispute = allocateDispute(disputeStates, disputed - (disputed % step), step)
        for (const share of dispute) {
          expect(share.reversal_amount % step).toBe(0)
          const state = states.find((candidate) => candidate.account_id === share.account_id)
          expect(share.reversal_amount + (reversed.get(share.account_id) ?? 0)).toBeLessThanOrEqual(
            state?.transfer_amount ?? 0
          )
        }

        // Refund the rest: every transfer is then reversed whole and every fee given back.
        apply({ amount: leftTotal })
        for (const state of states) {
          expect(reversed.get(state.account_id)).toBe(state.transfer_amount)
          expect(feeBack.get(state.account_id)).toBe(state.fee_amount)
        }
      }),
      { numRuns: 300 }
    )
  })
})
