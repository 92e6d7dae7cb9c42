import Stripe from "stripe"
import { objectSchema } from "../openapi"
import { destinationCharge, Harness, startHarness } from "./helpers"

/**
 * Fields the 2024-04-10 OpenAPI description requires that Stripe has since removed (the SDK's types for API
 * 2026-10-28.endive no longer have them), so the emulator does not send them.
 */
const REMOVED_SINCE: Record<string, string[]> = {
  // Invoice lost `paid` and `paid_out_of_band` (use `status`), and `total_tax_amounts` became `total_taxes`.
  invoice: ["paid", "paid_out_of_band", "total_tax_amounts"],
}

function missingRequired(name: string, obj: unknown): string[] {
  const schema = objectSchema(name)
  if (!schema) throw new Error(`no schema ${name}`)
  const have = new Set(Object.keys(obj as Record<string, unknown>))
  const removed = new Set(REMOVED_SINCE[name] ?? [])
  return (schema.required ?? []).filter((k) => !have.has(k) && !removed.has(k))
}

describe("responses carry the required properties of Stripe's OpenAPI object schemas", () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness()
  })
  afterAll(async () => {
    await h.emu.close()
  })

  it("accounts, payments, refunds, fees, transfers, reversals, balance", async () => {
    const { account, pi } = await destinationCharge(h, 2500, 75)
    const refund = await h.stripe.refunds.create({ payment_intent: pi.id, amount: 500, refund_application_fee: true, reverse_transfer: true })
    const charge = await h.stripe.charges.retrieve(String(pi.latest_charge))
    const fee = (await h.stripe.applicationFees.list()).data[0]
    const feeRefund = (await h.stripe.applicationFees.listRefunds(fee.id)).data[0]
    const transfer = (await h.stripe.transfers.list()).data[0]
    const reversal = (await h.stripe.transfers.listReversals(transfer.id)).data[0]
    const txn = (await h.stripe.balanceTransactions.list()).data[0]
    const link = await h.stripe.accountLinks.create({ account: account.id, type: "account_onboarding", refresh_url: "http://x.test/r", return_url: "http://x.test/b" })
    const login = await h.stripe.accounts.createLoginLink(account.id)
    const checks: Array<[string, unknown]> = [
      ["account", await h.stripe.accounts.retrieve(account.id)],
      ["payment_intent", await h.stripe.paymentIntents.retrieve(pi.id)],
      ["charge", charge],
      ["refund", refund],
      ["application_fee", fee],
      ["fee_refund", feeRefund],
      ["transfer", transfer],
      ["transfer_reversal", reversal],
      ["balance", await h.stripe.balance.retrieve()],
      ["balance_transaction", txn],
      ["account_link", link],
      ["login_link", login],
    ]
    expect(checks.map(([name, obj]) => [name, missingRequired(name, obj)])).toEqual(checks.map(([name]) => [name, []]))
  })

  it("payouts, disputes, files, events, webhook endpoints", async () => {
    await h.control("/balance/add", { amount: 1000 })
    const payout = await h.stripe.payouts.create({ amount: 100, currency: "usd" })
    const pi = await h.stripe.paymentIntents.create({ amount: 900, currency: "usd", payment_method: "pm_card_visa", confirm: true })
    const dispute = (await h.control<Stripe.Dispute>(`/charges/${pi.latest_charge}/dispute`)).body
    const file = await h.stripe.files.create({ purpose: "dispute_evidence", file: { data: Buffer.from("x"), name: "x.txt", type: "text/plain" } })
    const endpoint = await h.stripe.webhookEndpoints.create({ url: "http://127.0.0.1:9/h", enabled_events: ["*"] })
    const event = (await h.stripe.events.list()).data[0]
    const checks: Array<[string, unknown]> = [
      ["payout", payout],
      ["dispute", await h.stripe.disputes.retrieve(dispute.id)],
      ["file", file],
      ["webhook_endpoint", endpoint],
      ["event", event],
    ]
    expect(checks.map(([name, obj]) => [name, missingRequired(name, obj)])).toEqual(checks.map(([name]) => [name, []]))
  })

  it("customers, products, prices, invoice items, invoices, payment links, checkout sessions", async () => {
    const customer = await h.stripe.customers.create({ email: "s@example.com" })
    const product = await h.stripe.products.create({ name: "P" })
    const price = await h.stripe.prices.create({ product: product.id, unit_amount: 100, currency: "usd" })
    const invoice = await h.stripe.invoices.create({ customer: customer.id })
    const item = await h.stripe.invoiceItems.create({ customer: customer.id, invoice: String(invoice.id), amount: 100, currency: "usd" })
    const plink = await h.stripe.paymentLinks.create({ line_items: [{ price: price.id, quantity: 1 }] })
    const session = await h.stripe.checkout.sessions.create({ mode: "payment", success_url: "http://x.test/ok", line_items: [{ price: price.id, quantity: 1 }] })
    const checks: Array<[string, unknown]> = [
      ["customer", customer],
      ["product", product],
      ["price", price],
      ["invoiceitem", item],
      ["invoice", await h.stripe.invoices.retrieve(String(invoice.id))],
      ["payment_link", plink],
      ["checkout.session", session],
    ]
    expect(checks.map(([name, obj]) => [name, missingRequired(name, obj)])).toEqual(checks.map(([name]) => [name, []]))
  })
})
