import Stripe from "stripe"
import { amountOf, destinationCharge, Harness, onboardedAccount, startHarness } from "./helpers"

describe("transfers, reversals and payouts", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("refuses a transfer beyond the platform's available balance with balance_insufficient", async () => {
    const account = await onboardedAccount(h)
    await h.stripe.paymentIntents.create({ amount: 5000, currency: "usd", payment_method: "pm_card_visa", confirm: true })
    // 5000 is pending, not available.
    const err = await h.stripe.transfers.create({ amount: 1000, currency: "usd", destination: account.id }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(err).toMatchObject({ code: "balance_insufficient", statusCode: 400 })
    await h.control("/balance/make_available")
    const tr = await h.stripe.transfers.create({ amount: 1000, currency: "usd", destination: account.id, transfer_group: "order_1", metadata: { order: "1" } })
    expect(tr).toMatchObject({ amount: 1000, destination: account.id, transfer_group: "order_1", reversed: false })
    expect(tr.id).toMatch(/^tr_/)
    expect(amountOf((await h.stripe.balance.retrieve()).available)).toBe(4000)
    expect(amountOf((await h.stripe.balance.retrieve({}, { stripeAccount: account.id })).available)).toBe(1000)
    expect((await h.stripe.transfers.list({ transfer_group: "order_1" })).data.map((t) => t.id)).toEqual([tr.id])
  })

  it("allows a transfer tied to a pending charge with source_transaction, up to the charge amount", async () => {
    const account = await onboardedAccount(h)
    const pi = await h.stripe.paymentIntents.create({ amount: 3000, currency: "usd", payment_method: "pm_card_visa", confirm: true })
    const charge = String(pi.latest_charge)
    const tr = await h.stripe.transfers.create({ amount: 2000, currency: "usd", destination: account.id, source_transaction: charge })
    expect(tr.source_transaction).toBe(charge)
    expect(amountOf((await h.stripe.balance.retrieve({}, { stripeAccount: account.id })).pending)).toBe(2000)
    await expect(h.stripe.transfers.create({ amount: 1500, currency: "usd", destination: account.id, source_transaction: charge })).rejects.toMatchObject({ code: "balance_insufficient" })
  })

  // Stripe: transfers sharing a source_transaction cannot sum to more than the charge; a destination charge's own
  // transfer has the charge as its source_transaction and so counts.
  it("counts a destination charge's own transfer against its source_transaction, and reversals do not give it back", async () => {
    const { account, pi } = await destinationCharge(h, 2500, 75)
    const charge = String(pi.latest_charge)
    const own = (await h.stripe.transfers.list({ destination: account.id })).data[0]
    expect(own).toMatchObject({ amount: 2500, source_transaction: charge })
    await expect(h.stripe.transfers.create({ amount: 1, currency: "usd", destination: account.id, source_transaction: charge })).rejects.toMatchObject({ code: "balance_insufficient", statusCode: 400 })

    const split = await h.stripe.paymentIntents.create({ amount: 3000, currency: "usd", transfer_data: { destination: account.id, amount: 2000 }, payment_method: "pm_card_visa", confirm: true })
    const splitCharge = String(split.latest_charge)
    const rest = await h.stripe.transfers.create({ amount: 1000, currency: "usd", destination: account.id, source_transaction: splitCharge })
    expect(rest.source_transaction).toBe(splitCharge)
    await h.stripe.transfers.createReversal(rest.id, { amount: 400 })
    await expect(h.stripe.transfers.create({ amount: 400, currency: "usd", destination: account.id, source_transaction: splitCharge })).rejects.toMatchObject({ code: "balance_insufficient" })
  })

  it("reverses a transfer partially then fully, and refuses reversing more than remains", async () => {
    const account = await onboardedAccount(h)
    await h.control("/balance/add", { amount: 10000 })
    const tr = await h.stripe.transfers.create({ amount: 3000, currency: "usd", destination: account.id })
    const r1 = await h.stripe.transfers.createReversal(tr.id, { amount: 1000 })
    expect(r1.id).toMatch(/^trr_/)
    expect(r1.amount).toBe(1000)
    await expect(h.stripe.transfers.createReversal(tr.id, { amount: 2500 })).rejects.toMatchObject({ param: "amount", statusCode: 400 })
    const r2 = await h.stripe.transfers.createReversal(tr.id)
    expect(r2.amount).toBe(2000)
    const after = await h.stripe.transfers.retrieve(tr.id)
    expect(after).toMatchObject({ amount_reversed: 3000, reversed: true })
    expect((await h.stripe.transfers.listReversals(tr.id)).data).toHaveLength(2)
    expect(amountOf((await h.stripe.balance.retrieve()).available)).toBe(10000)
    expect(amountOf((await h.stripe.balance.retrieve({}, { stripeAccount: account.id })).available)).toBe(0)
    const events = await h.stripe.events.list({ type: "transfer.reversed" })
    expect(events.data).toHaveLength(2)
  })

  it("payouts move pending -> in_transit -> paid through controls, emitting payout.paid", async () => {
    const { account } = await destinationCharge(h, 5000, 500)
    const opts = { stripeAccount: account.id }
    await expect(h.stripe.payouts.create({ amount: 1000, currency: "usd" }, opts)).rejects.toMatchObject({ code: "balance_insufficient" })
    await h.control("/balance/make_available", { account: account.id })
    const po = await h.stripe.payouts.create({ amount: 4000, currency: "usd" }, opts)
    expect(po).toMatchObject({ status: "pending", amount: 4000 })
    expect(po.id).toMatch(/^po_/)
    expect(amountOf((await h.stripe.balance.retrieve({}, opts)).available)).toBe(500)
    await h.control(`/payouts/${po.id}/status`, { account: account.id, status: "in_transit" })
    const paid = await h.control<Stripe.Payout>(`/payouts/${po.id}/status`, { account: account.id, status: "paid" })
    expect(paid.body.status).toBe("paid")
    const evs = await h.stripe.events.list({ type: "payout.paid" }, opts)
    expect(evs.data).toHaveLength(1)
    expect(evs.data[0].account).toBe(account.id)
    const again = await h.control(`/payouts/${po.id}/status`, { account: account.id, status: "failed" })
    expect(again.status).toBe(400)
  })

  it("a failed payout returns the funds and carries a failure_code", async () => {
    await h.control("/balance/add", { amount: 2000 })
    const po = await h.stripe.payouts.create({ amount: 1500, currency: "usd" })
    expect(amountOf((await h.stripe.balance.retrieve()).available)).toBe(500)
    const failed = await h.control<Stripe.Payout>(`/payouts/${po.id}/status`, { status: "failed", failure_code: "account_closed" })
    expect(failed.body).toMatchObject({ status: "failed", failure_code: "account_closed" })
    expect(amountOf((await h.stripe.balance.retrieve()).available)).toBe(2000)
    expect((await h.stripe.events.list({ type: "payout.failed" })).data).toHaveLength(1)
  })

  it("cancels only pending payouts and filters the list by status", async () => {
    await h.control("/balance/add", { amount: 3000 })
    const a = await h.stripe.payouts.create({ amount: 1000, currency: "usd" })
    const b = await h.stripe.payouts.create({ amount: 1000, currency: "usd" })
    const canceled = await h.stripe.payouts.cancel(a.id)
    expect(canceled.status).toBe("canceled")
    expect(amountOf((await h.stripe.balance.retrieve()).available)).toBe(2000)
    await h.control(`/payouts/${b.id}/status`, { status: "paid" })
    await expect(h.stripe.payouts.cancel(b.id)).rejects.toMatchObject({ statusCode: 400 })
    expect((await h.stripe.payouts.list({ status: "paid" })).data.map((p) => p.id)).toEqual([b.id])
    expect((await h.stripe.payouts.list({ status: "canceled" })).data.map((p) => p.id)).toEqual([a.id])
  })
})
