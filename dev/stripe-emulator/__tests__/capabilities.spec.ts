import Stripe from "stripe"
import { amountOf, Harness, startHarness } from "./helpers"

// Stripe: money moves to a connected account only through active capabilities. A transfer (or a destination
// charge's transfer) needs the destination's `transfers` capability (else 400 insufficient_capabilities_for_transfer);
// a charge settled on a connected account (direct, or on_behalf_of) needs its `card_payments` capability.
describe("capabilities gate money movement", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  const requested = { card_payments: { requested: true }, transfers: { requested: true } }

  it("refuses a transfer to an account whose transfers capability is not active, moving nothing", async () => {
    const account = await h.stripe.accounts.create({ type: "express", capabilities: requested })
    await h.control("/balance/add", { amount: 10000 })
    const err = await h.stripe.transfers.create({ amount: 1000, currency: "usd", destination: account.id }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect(err).toMatchObject({ statusCode: 400, code: "insufficient_capabilities_for_transfer", param: "destination" })
    expect((err as Error).message).toContain("transfers")
    expect((await h.stripe.transfers.list()).data).toHaveLength(0)
    expect(amountOf((await h.stripe.balance.retrieve()).available)).toBe(10000)

    await h.control(`/accounts/${account.id}/update`, { capabilities: { transfers: "active" } })
    const tr = await h.stripe.transfers.create({ amount: 1000, currency: "usd", destination: account.id })
    expect(tr.amount).toBe(1000)
  })

  it("refuses a destination charge to an account without active transfers, creating no payment intent", async () => {
    const account = await h.stripe.accounts.create({ type: "express", capabilities: requested })
    await expect(
      h.stripe.paymentIntents.create({ amount: 2500, currency: "usd", application_fee_amount: 75, transfer_data: { destination: account.id } })
    ).rejects.toMatchObject({ statusCode: 400, code: "insufficient_capabilities_for_transfer", param: "transfer_data[destination]" })
    await expect(
      h.stripe.checkout.sessions.create({
        mode: "payment",
        success_url: "http://shop.test/ok",
        line_items: [{ quantity: 1, price_data: { currency: "usd", unit_amount: 2500, product_data: { name: "Mug" } } }],
        payment_intent_data: { transfer_data: { destination: account.id } },
      })
    ).rejects.toMatchObject({ code: "insufficient_capabilities_for_transfer", param: "payment_intent_data[transfer_data][destination]" })
    expect((await h.stripe.paymentIntents.list()).data).toHaveLength(0)
    expect((await h.stripe.prices.list()).data).toHaveLength(0)

    await h.control(`/accounts/${account.id}/complete_onboarding`)
    const pi = await h.stripe.paymentIntents.create({ amount: 2500, currency: "usd", application_fee_amount: 75, transfer_data: { destination: account.id } })
    expect(pi.status).toBe("requires_payment_method")
  })

  it("refuses direct and on_behalf_of charges while card_payments is not active", async () => {
    const account = await h.stripe.accounts.create({ type: "custom", capabilities: requested })
    const message = "You cannot create a charge on a connected account without the card_payments capability enabled."
    await expect(h.stripe.paymentIntents.create({ amount: 2000, currency: "usd" }, { stripeAccount: account.id })).rejects.toMatchObject({ statusCode: 400, message })
    await h.control(`/accounts/${account.id}/update`, { capabilities: { transfers: "active" } })
    await expect(
      h.stripe.paymentIntents.create({ amount: 2000, currency: "usd", on_behalf_of: account.id, transfer_data: { destination: account.id } })
    ).rejects.toMatchObject({ statusCode: 400, param: "on_behalf_of", message })

    await h.control(`/accounts/${account.id}/update`, { capabilities: { card_payments: "active" } })
    const direct = await h.stripe.paymentIntents.create({ amount: 2000, currency: "usd", payment_method: "pm_card_visa", confirm: true }, { stripeAccount: account.id })
    expect(direct.status).toBe("succeeded")
    const obo = await h.stripe.paymentIntents.create({ amount: 2000, currency: "usd", on_behalf_of: account.id, transfer_data: { destination: account.id } })
    expect(obo.on_behalf_of).toBe(account.id)
  })
})
