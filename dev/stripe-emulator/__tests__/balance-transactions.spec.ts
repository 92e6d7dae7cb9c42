import Stripe from "stripe"
import { destinationCharge, Harness, onboardedAccount, startHarness } from "./helpers"

type Line = Pick<Stripe.BalanceTransaction, "type" | "reporting_category" | "amount" | "fee" | "net" | "source">

const shape = (t: Stripe.BalanceTransaction): Line => ({ type: t.type, reporting_category: t.reporting_category, amount: t.amount, fee: t.fee, net: t.net, source: t.source })

async function linesOf(h: Harness, params: Stripe.BalanceTransactionListParams = {}, account?: string): Promise<Stripe.BalanceTransaction[]> {
  const page = await h.stripe.balanceTransactions.list({ limit: 100, ...params }, account ? { stripeAccount: account } : undefined)
  return page.data
}

describe("balance transactions", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("records each movement of a destination charge, its refund and a manual payout on both sides with Stripe's categories", async () => {
    const { account, pi } = await destinationCharge(h, 2500, 75)
    const charge = await h.stripe.charges.retrieve(String(pi.latest_charge))
    const refund = await h.stripe.refunds.create({ charge: charge.id, amount: 500, reverse_transfer: true, refund_application_fee: true })
    await h.control("/balance/make_available")
    const payout = await h.stripe.payouts.create({ amount: 1000, currency: "usd" }, { stripeAccount: account.id })

    const platform = (await linesOf(h)).map(shape).reverse()
    expect(platform).toEqual([
      { type: "charge", reporting_category: "charge", amount: 2500, fee: 0, net: 2500, source: charge.id },
      { type: "transfer", reporting_category: "transfer", amount: -2500, fee: 0, net: -2500, source: String(charge.transfer) },
      { type: "application_fee", reporting_category: "platform_earning", amount: 75, fee: 0, net: 75, source: String(charge.application_fee) },
      { type: "refund", reporting_category: "refund", amount: -500, fee: 0, net: -500, source: refund.id },
      { type: "transfer_cancel", reporting_category: "transfer_reversal", amount: 500, fee: 0, net: 500, source: String(refund.transfer_reversal) },
      { type: "application_fee_refund", reporting_category: "platform_earning_refund", amount: -15, fee: 0, net: -15, source: expect.stringMatching(/^fr_/) },
    ])
    // The platform keeps the fee minus its refunded share: 75 - 15.
    expect(platform.reduce((sum, l) => sum + l.net, 0)).toBe(60)

    const connected = (await linesOf(h, {}, account.id)).map(shape).reverse()
    expect(connected).toEqual([
      { type: "payment", reporting_category: "charge", amount: 2500, fee: 75, net: 2425, source: expect.stringMatching(/^py_/) },
      { type: "payment_refund", reporting_category: "refund", amount: -500, fee: 0, net: -500, source: expect.stringMatching(/^pyr_/) },
      { type: "application_fee_refund", reporting_category: "platform_earning_refund", amount: 15, fee: 0, net: 15, source: expect.stringMatching(/^fr_/) },
      { type: "payout", reporting_category: "payout", amount: -1000, fee: 0, net: -1000, source: payout.id },
    ])
    const feeLine = (await linesOf(h, { type: "payment" }, account.id))[0]
    expect(feeLine.fee_details).toEqual([expect.objectContaining({ amount: 75, type: "application_fee" })])
  })

  it("records a direct charge's application fee as its fee, and a dispute as an adjustment", async () => {
    const account = await onboardedAccount(h, { type: "standard" })
    const pi = await h.stripe.paymentIntents.create({ amount: 4000, currency: "usd", application_fee_amount: 200, payment_method: "pm_card_visa", confirm: true }, { stripeAccount: account.id })
    const chargeId = String(pi.latest_charge)
    await h.control(`/charges/${chargeId}/dispute`, { account: account.id, amount: 4000 })

    const lines = (await linesOf(h, {}, account.id)).map(shape).reverse()
    expect(lines).toEqual([
      { type: "charge", reporting_category: "charge", amount: 4000, fee: 200, net: 3800, source: chargeId },
      { type: "adjustment", reporting_category: "dispute", amount: -4000, fee: 0, net: -4000, source: expect.stringMatching(/^dp_/) },
    ])
    expect((await linesOf(h)).map(shape)).toEqual([{ type: "application_fee", reporting_category: "platform_earning", amount: 200, fee: 0, net: 200, source: expect.stringMatching(/^fee_/) }])
  })

  it("lists the lines an automatic payout settled under ?payout=, and only its own line for a manual payout", async () => {
    const { account } = await destinationCharge(h, 3000, 100)
    await h.control("/balance/make_available")
    const manual = await h.stripe.payouts.create({ amount: 900, currency: "usd" }, { stripeAccount: account.id })
    const manualLines = await linesOf(h, { payout: manual.id }, account.id)
    expect(manualLines.map((t) => t.source)).toEqual([manual.id])

    const auto = await h.emu.controls.automaticPayout({ account: account.id })
    // 3000 - 100 fee - 900 paid out manually.
    expect(auto).toMatchObject({ automatic: true, amount: 2000, reconciliation_status: "in_progress" })
    const settled = await linesOf(h, { payout: auto.id }, account.id)
    expect(settled.map((t) => t.type).sort()).toEqual(["payment", "payout", "payout"])
    const payoutLine = settled.find((t) => t.source === auto.id)
    expect(payoutLine?.net).toBe(-2000)
    expect(settled.filter((t) => t.source !== auto.id).reduce((sum, t) => sum + t.net, 0)).toBe(auto.amount)

    // A later payout settles only what came after.
    const pi = await h.stripe.paymentIntents.create({ amount: 1000, currency: "usd", transfer_data: { destination: account.id }, payment_method: "pm_card_visa", confirm: true })
    await h.control("/balance/make_available")
    const next = await h.emu.controls.automaticPayout({ account: account.id })
    const nextLines = await linesOf(h, { payout: next.id }, account.id)
    expect(nextLines).toHaveLength(2)
    expect(nextLines.find((t) => t.type === "payment")?.amount).toBe(1000)
    expect(pi.status).toBe("succeeded")

    const paid = await h.emu.controls.setPayoutStatus(auto.id, "paid", { account: account.id })
    expect(paid.reconciliation_status).toBe("completed")
    const events = await h.stripe.events.list({ type: "payout.reconciliation_completed" }, { stripeAccount: account.id })
    expect(events.data.map((e) => (e.data.object as Stripe.Payout).id)).toEqual([auto.id])
  })

  it("refuses an automatic payout when nothing is available", async () => {
    const account = await onboardedAccount(h)
    await expect(h.emu.controls.automaticPayout({ account: account.id })).rejects.toMatchObject({ status: 400 })
  })
})
