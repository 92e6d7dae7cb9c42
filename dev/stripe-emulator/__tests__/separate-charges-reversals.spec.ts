import { balanceOf, destinationCharge, Harness, onboardedAccount, paidIntent, startHarness } from "./helpers"

// Stripe: "It is possible to reverse a transfer_group transfer only if the destination account has enough balance
// to cover the reversal." A destination charge's own transfer is reversed with its refund whatever the balance.
describe("reversals of separate-charges transfers", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("refuses a reversal the seller's balance cannot cover with balance_insufficient, moving nothing", async () => {
    const seller = await onboardedAccount(h)
    const pi = await paidIntent(h, { amount: 5000, transfer_group: "order_1" })
    const charge = String(pi.latest_charge)
    const transfer = await h.stripe.transfers.create({
      amount: 2000,
      currency: "usd",
      destination: seller.id,
      source_transaction: charge,
      transfer_group: "order_1",
    })
    await h.control("/balance/make_available", { account: seller.id })
    await h.stripe.payouts.create({ amount: 1500, currency: "usd" }, { stripeAccount: seller.id })
    const platformBefore = await balanceOf(h)

    await expect(h.stripe.transfers.createReversal(transfer.id, { amount: 1000 })).rejects.toMatchObject({
      statusCode: 400,
      code: "balance_insufficient",
    })
    expect(await h.stripe.transfers.retrieve(transfer.id)).toMatchObject({ amount_reversed: 0, reversed: false })
    expect(await balanceOf(h, { account: seller.id })).toEqual({ pending: 0, available: 500 })
    expect(await balanceOf(h)).toEqual(platformBefore)

    const reversal = await h.stripe.transfers.createReversal(transfer.id, { amount: 500 })
    expect(reversal.amount).toBe(500)
    expect(await balanceOf(h, { account: seller.id })).toEqual({ pending: 0, available: 0 })
  })

  it("covers a reversal with the seller's pending funds from the source charge", async () => {
    const seller = await onboardedAccount(h)
    const pi = await paidIntent(h, { amount: 3000 })
    const transfer = await h.stripe.transfers.create({
      amount: 3000,
      currency: "usd",
      destination: seller.id,
      source_transaction: String(pi.latest_charge),
    })
    expect(await balanceOf(h, { account: seller.id })).toEqual({ pending: 3000, available: 0 })
    await h.stripe.transfers.createReversal(transfer.id, { amount: 1200 })
    expect(await h.stripe.transfers.retrieve(transfer.id)).toMatchObject({ amount_reversed: 1200 })
    expect(await balanceOf(h, { account: seller.id })).toEqual({ pending: 1800, available: 0 })
  })

  it("still reverses a destination charge's own transfer on refund when the destination is short", async () => {
    const { account, pi } = await destinationCharge(h, 2000, 0)
    await h.control("/balance/make_available", { account: account.id })
    await h.stripe.payouts.create({ amount: 2000, currency: "usd" }, { stripeAccount: account.id })
    const refund = await h.stripe.refunds.create({ payment_intent: pi.id, reverse_transfer: true })
    expect(refund.transfer_reversal).toMatch(/^trr_/)
  })
})
