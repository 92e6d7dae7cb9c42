import { EmulatorControlError } from "../index"
import { amountOf, Harness, startHarness } from "./helpers"

describe("the typed control client", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("drives balances, payouts, the clock and the request log", async () => {
    const c = h.emu.controls
    const account = await h.stripe.accounts.create({ type: "express" })
    await c.addBalance(5000, { account: account.id })
    const po = await h.stripe.payouts.create({ amount: 2000, currency: "usd" }, { stripeAccount: account.id })
    const paid = await c.setPayoutStatus(po.id, "paid", { account: account.id })
    expect(paid.status).toBe("paid")
    expect(amountOf((await h.stripe.balance.retrieve({}, { stripeAccount: account.id })).available)).toBe(3000)
    const before = await c.now()
    const advanced = await c.advanceClock(60)
    expect(advanced.now - before).toBeGreaterThanOrEqual(60)
    const log = await c.requests({ path: "/v1/payouts", account: account.id })
    expect(log.map((r) => [r.method, r.status])).toEqual([["POST", 200]])
  })

  it("raises EmulatorControlError with the status on a failed control", async () => {
    const err = await h.emu.controls.setPayoutStatus("po_missing", "paid").catch((e: unknown) => e)
    expect(err).toBeInstanceOf(EmulatorControlError)
    expect(err).toMatchObject({ status: 404 })
  })

  it("opens and closes disputes and completes onboarding", async () => {
    const c = h.emu.controls
    const account = await h.stripe.accounts.create({ type: "express", capabilities: { card_payments: { requested: true } } })
    const onboarded = await c.completeOnboarding(account.id)
    expect(onboarded).toMatchObject({ charges_enabled: true, payouts_enabled: true, details_submitted: true })
    expect(onboarded.requirements?.currently_due).toEqual([])
    const pi = await h.stripe.paymentIntents.create({ amount: 1000, currency: "usd", payment_method: "pm_card_visa", confirm: true })
    const dispute = await c.openDispute(String(pi.latest_charge))
    const lost = await c.closeDispute(dispute.id, "lost")
    expect(lost.status).toBe("lost")
    expect((await c.events({ type: "charge.dispute.closed" })).map((e) => e.type)).toEqual(["charge.dispute.closed"])
  })
})
