import Stripe from "stripe"
import { Harness, startHarness } from "./helpers"

// Stripe: a connected account's payouts go to its external account (a bank account, `ba_...`), listed under
// GET /v1/accounts/:id/external_accounts; a payout's `destination` is that id and expands to the bank account.
describe("external bank accounts", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  it("gives a connected account a default bank account at onboarding, listed and retrievable under external_accounts", async () => {
    const account = await h.stripe.accounts.create({ type: "express", country: "US" })
    expect((await h.stripe.accounts.listExternalAccounts(account.id)).data).toEqual([])
    await h.control(`/accounts/${account.id}/complete_onboarding`)
    const list = await h.stripe.accounts.listExternalAccounts(account.id)
    expect(list.data).toHaveLength(1)
    const bank = list.data[0] as Stripe.BankAccount
    expect(bank).toMatchObject({ object: "bank_account", account: account.id, currency: "usd", country: "US", default_for_currency: true, last4: "6789", bank_name: "STRIPE TEST BANK" })
    expect(bank.id).toMatch(/^ba_/)
    expect(await h.stripe.accounts.retrieveExternalAccount(account.id, bank.id)).toMatchObject({ id: bank.id, last4: "6789" })
    expect((await h.stripe.accounts.retrieve(account.id)).external_accounts?.data.map((b) => b.id)).toEqual([bank.id])
    const gb = await h.stripe.accounts.create({ type: "custom", country: "GB" })
    await h.control(`/accounts/${gb.id}/complete_onboarding`)
    expect((await h.stripe.accounts.listExternalAccounts(gb.id)).data[0]).toMatchObject({ currency: "gbp", country: "GB" })
  })

  it("gives an account connected through OAuth (already onboarded at Stripe) its default bank account", async () => {
    const { body } = await h.control<{ code: string; account: string }>("/oauth/authorize", {})
    const list = await h.stripe.accounts.listExternalAccounts(body.account)
    expect(list.data).toHaveLength(1)
    expect(list.data[0]).toMatchObject({ object: "bank_account", account: body.account, default_for_currency: true })
  })

  it("answers 404 resource_missing for an unknown external account", async () => {
    const account = await h.stripe.accounts.create({ type: "express" })
    await expect(h.stripe.accounts.retrieveExternalAccount(account.id, "ba_missing")).rejects.toMatchObject({ statusCode: 404, code: "resource_missing" })
  })

  it("sends a payout to the account's bank account, which expands as the payout's destination", async () => {
    const account = await h.stripe.accounts.create({ type: "express" })
    await h.control(`/accounts/${account.id}/complete_onboarding`)
    const opts = { stripeAccount: account.id }
    await h.control("/balance/add", { account: account.id, amount: 5000 })
    const bank = (await h.stripe.accounts.listExternalAccounts(account.id)).data[0]
    const payout = await h.stripe.payouts.create({ amount: 1000, currency: "usd" }, opts)
    expect(payout.destination).toBe(bank.id)
    const listed = await h.stripe.payouts.list({ expand: ["data.destination"] }, opts)
    expect(listed.data[0].destination).toMatchObject({ id: bank.id, object: "bank_account", last4: "6789", bank_name: "STRIPE TEST BANK" })
    await expect(h.stripe.payouts.create({ amount: 1000, currency: "usd", destination: "ba_other" }, opts)).rejects.toMatchObject({ statusCode: 404, param: "destination" })
  })

  it("gives the platform its own bank account for platform payouts", async () => {
    await h.control("/balance/add", { amount: 2000 })
    const platform = await h.stripe.accounts.retrieveCurrent()
    const payout = await h.stripe.payouts.create({ amount: 500, currency: "usd" })
    const banks = await h.stripe.accounts.listExternalAccounts(platform.id)
    expect(banks.data).toHaveLength(1)
    expect((await h.stripe.payouts.retrieve(payout.id, { expand: ["destination"] })).destination).toMatchObject({ id: banks.data[0].id, account: platform.id })
  })
})
