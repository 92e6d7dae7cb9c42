import Stripe from "stripe"
import { amountOf, destinationCharge, Harness, onboardedAccount, startHarness } from "./helpers"

describe("invoices, checkout, payment links, disputes and files", () => {
  let h: Harness
  beforeEach(async () => {
    h = await startHarness()
  })
  afterEach(async () => {
    await h.emu.close()
  })

  async function draftInvoice(stripe: Stripe) {
    const customer = await stripe.customers.create({ email: "buyer@example.com", name: "Buyer" })
    const product = await stripe.products.create({ name: "Widget" })
    const price = await stripe.prices.create({ product: product.id, unit_amount: 1500, currency: "usd" })
    const invoice = await stripe.invoices.create({ customer: customer.id, collection_method: "send_invoice", days_until_due: 14 })
    await stripe.invoiceItems.create({ customer: customer.id, invoice: invoice.id, pricing: { price: price.id }, quantity: 2 })
    await stripe.invoiceItems.create({ customer: customer.id, invoice: invoice.id, amount: 500, currency: "usd", description: "Shipping" })
    return { customer, invoice: await stripe.invoices.retrieve(String(invoice.id)) }
  }

  it("invoices go draft -> open (number, hosted_invoice_url) -> paid", async () => {
    const { invoice } = await draftInvoice(h.stripe)
    expect(invoice.id).toMatch(/^in_/)
    expect(invoice).toMatchObject({ status: "draft", amount_due: 3500, total: 3500, number: null })
    expect(invoice.lines.data).toHaveLength(2)
    const open = await h.stripe.invoices.finalizeInvoice(String(invoice.id))
    expect(open.status).toBe("open")
    expect(open.number).toBeTruthy()
    expect(open.hosted_invoice_url).toContain(h.emu.url)
    await expect(h.stripe.invoices.finalizeInvoice(String(invoice.id))).rejects.toMatchObject({ statusCode: 400 })
    const sent = await h.stripe.invoices.sendInvoice(String(invoice.id))
    expect(sent.status).toBe("open")
    const paid = await h.control<Stripe.Invoice>(`/invoices/${invoice.id}/pay`)
    expect(paid.body).toMatchObject({ status: "paid", amount_paid: 3500, amount_remaining: 0 })
    const types = (await h.stripe.events.list({ type: "invoice.*" })).data.map((e) => e.type).reverse()
    expect(types).toEqual(["invoice.created", "invoice.finalized", "invoice.sent", "invoice.paid", "invoice.payment_succeeded"])
    expect(amountOf((await h.stripe.balance.retrieve()).pending)).toBe(3500)
    await expect(h.stripe.invoices.voidInvoice(String(invoice.id))).rejects.toMatchObject({ statusCode: 400 })
  })

  // Stripe: `payments` is an includable invoice field (API 2025-03-31+): present only when expanded, so the invoice
  // in events does not carry it; the invoice payment links the invoice to the payment intent that paid it.
  it("keeps an invoice's payments out of the invoice unless expanded, and out of its events", async () => {
    const { invoice } = await draftInvoice(h.stripe)
    await h.stripe.invoices.finalizeInvoice(String(invoice.id))
    await h.control(`/invoices/${invoice.id}/pay`)
    const plain = await h.stripe.invoices.retrieve(String(invoice.id))
    expect(plain.status).toBe("paid")
    expect("payments" in plain).toBe(false)
    const paidEvent = (await h.stripe.events.list({ type: "invoice.paid" })).data[0]
    expect("payments" in (paidEvent.data.object as object)).toBe(false)
    const expanded = await h.stripe.invoices.retrieve(String(invoice.id), { expand: ["payments"] })
    expect(expanded.payments?.data).toHaveLength(1)
    const [payment] = expanded.payments?.data ?? []
    expect(payment).toMatchObject({ object: "invoice_payment", invoice: invoice.id, amount_paid: 3500, status: "paid", payment: { type: "payment_intent" } })
    const intent = await h.stripe.paymentIntents.retrieve(String(payment.payment.payment_intent))
    expect(intent).toMatchObject({ status: "succeeded", amount_received: 3500 })
    expect((await h.stripe.invoicePayments.list({ invoice: String(invoice.id) })).data.map((p) => p.id)).toEqual([payment.id])
  })

  // Stripe: an invoice item can be deleted while it is pending or on a draft invoice, not once its invoice is
  // finalized.
  it("deletes invoice items of a draft (its totals follow) and refuses once the invoice is finalized", async () => {
    const { invoice } = await draftInvoice(h.stripe)
    const [first, second] = invoice.lines.data.map((l) => String(l.parent?.invoice_item_details?.invoice_item))
    const deleted = await h.stripe.invoiceItems.del(first)
    expect(deleted).toEqual({ id: first, object: "invoiceitem", deleted: true })
    const after = await h.stripe.invoices.retrieve(String(invoice.id))
    expect(after).toMatchObject({ amount_due: 500, total: 500 })
    expect(after.lines.data).toHaveLength(1)
    await expect(h.stripe.invoiceItems.retrieve(first)).rejects.toMatchObject({ statusCode: 404 })
    expect((await h.stripe.events.list({ type: "invoiceitem.deleted" })).data).toHaveLength(1)

    await h.stripe.invoices.finalizeInvoice(String(invoice.id))
    await expect(h.stripe.invoiceItems.del(second)).rejects.toMatchObject({ statusCode: 400, code: "invoice_not_editable" })
    expect((await h.stripe.invoiceItems.retrieve(second)).id).toBe(second)
  })

  it("deleting a draft invoice deletes its invoice items", async () => {
    const { invoice, customer } = await draftInvoice(h.stripe)
    const pending = await h.stripe.invoiceItems.create({ customer: customer.id, amount: 700, currency: "usd" })
    expect(await h.stripe.invoices.del(String(invoice.id))).toMatchObject({ id: invoice.id, deleted: true })
    expect((await h.stripe.invoiceItems.list({ customer: customer.id })).data.map((i) => i.id)).toEqual([pending.id])
    expect((await h.stripe.events.list({ type: "invoiceitem.deleted" })).data).toHaveLength(2)
    expect((await h.stripe.events.list({ type: "invoice.deleted" })).data).toHaveLength(1)
  })

  it("voids an open invoice and refuses to pay it afterwards", async () => {
    const { invoice } = await draftInvoice(h.stripe)
    await h.stripe.invoices.finalizeInvoice(String(invoice.id))
    const voided = await h.stripe.invoices.voidInvoice(String(invoice.id))
    expect(voided.status).toBe("void")
    await expect(h.stripe.invoices.pay(String(invoice.id))).rejects.toMatchObject({ statusCode: 400 })
    expect((await h.stripe.events.list({ type: "invoice.voided" })).data).toHaveLength(1)
  })

  it("checkout sessions complete into a destination payment, or expire", async () => {
    const account = await onboardedAccount(h)
    const session = await h.stripe.checkout.sessions.create({
      mode: "payment",
      success_url: "http://shop.test/ok",
      line_items: [{ price_data: { currency: "usd", unit_amount: 2000, product_data: { name: "Ticket" } }, quantity: 2 }],
      payment_intent_data: { application_fee_amount: 120, transfer_data: { destination: account.id } },
    })
    expect(session.id).toMatch(/^cs_/)
    expect(session).toMatchObject({ status: "open", payment_status: "unpaid", amount_total: 4000 })
    expect(session.url).toContain(h.emu.url)
    const done = await h.control<Stripe.Checkout.Session>(`/checkout/sessions/${session.id}/complete`)
    expect(done.body).toMatchObject({ status: "complete", payment_status: "paid" })
    const pi = await h.stripe.paymentIntents.retrieve(String(done.body.payment_intent))
    expect(pi).toMatchObject({ status: "succeeded", amount: 4000, application_fee_amount: 120 })
    expect(amountOf((await h.stripe.balance.retrieve({}, { stripeAccount: account.id })).pending)).toBe(3880)
    expect((await h.stripe.events.list({ type: "checkout.session.completed" })).data).toHaveLength(1)
    await expect(h.stripe.checkout.sessions.expire(session.id)).rejects.toMatchObject({ statusCode: 400 })

    const other = await h.stripe.checkout.sessions.create({ mode: "payment", success_url: "http://shop.test/ok", line_items: [{ price_data: { currency: "usd", unit_amount: 100, product_data: { name: "X" } }, quantity: 1 }] })
    const expired = await h.stripe.checkout.sessions.expire(other.id)
    expect(expired.status).toBe("expired")
    expect((await h.stripe.events.list({ type: "checkout.session.expired" })).data).toHaveLength(1)
  })

  it("payment links have a url and can be paid through a control", async () => {
    const product = await h.stripe.products.create({ name: "Gift card" })
    const price = await h.stripe.prices.create({ product: product.id, unit_amount: 2500, currency: "usd" })
    const link = await h.stripe.paymentLinks.create({ line_items: [{ price: price.id, quantity: 1 }], metadata: { order: "7" } })
    expect(link.id).toMatch(/^plink_/)
    expect(link.url).toContain(h.emu.url)
    const session = await h.control<Stripe.Checkout.Session>(`/payment_links/${link.id}/pay`)
    expect(session.body).toMatchObject({ status: "complete", payment_link: link.id, amount_total: 2500 })
  })

  it("disputes: needs_response -> under_review on submit -> won; evidence is locked after submission", async () => {
    const { pi } = await destinationCharge(h, 4000, 100)
    const file = await h.stripe.files.create({ purpose: "dispute_evidence", file: { data: Buffer.from("receipt body"), name: "receipt.txt", type: "text/plain" } })
    expect(file.id).toMatch(/^file_/)
    expect(file).toMatchObject({ purpose: "dispute_evidence", size: 12, filename: "receipt.txt" })

    const opened = await h.control<Stripe.Dispute>(`/charges/${pi.latest_charge}/dispute`, { reason: "product_not_received" })
    expect(opened.body.id).toMatch(/^dp_/)
    expect(opened.body.status).toBe("needs_response")
    expect(amountOf((await h.stripe.balance.retrieve()).pending)).toBe(100 - 4000)
    const id = opened.body.id
    const listed = await h.stripe.disputes.list()
    expect(listed.data.map((d) => d.id)).toEqual([id])

    const saved = await h.stripe.disputes.update(id, { evidence: { customer_name: "Ann", receipt: file.id } })
    expect(saved.evidence).toMatchObject({ customer_name: "Ann", receipt: file.id })
    expect(saved.status).toBe("needs_response")
    const submitted = await h.stripe.disputes.update(id, { evidence: { uncategorized_text: "Delivered" }, submit: true })
    expect(submitted.status).toBe("under_review")
    expect(submitted.evidence_details.submission_count).toBe(1)
    const locked = await h.stripe.disputes.update(id, { evidence: { customer_name: "Bob" } }).catch((e: unknown) => e)
    expect(locked).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError)
    expect((await h.stripe.disputes.retrieve(id)).evidence.customer_name).toBe("Ann")

    const won = await h.control<Stripe.Dispute>(`/disputes/${id}/close`, { outcome: "won" })
    expect(won.body.status).toBe("won")
    const types = (await h.stripe.events.list({ type: "charge.dispute.*" })).data.map((e) => e.type)
    expect(types).toEqual(expect.arrayContaining(["charge.dispute.created", "charge.dispute.updated", "charge.dispute.closed"]))
    const balance = await h.stripe.balance.retrieve()
    expect(amountOf(balance.pending) + amountOf(balance.available)).toBe(100)
  })

  it("closing a dispute accepts the loss", async () => {
    const pi = await h.stripe.paymentIntents.create({ amount: 900, currency: "usd", payment_method: "pm_card_visa", confirm: true })
    const opened = await h.control<Stripe.Dispute>(`/charges/${pi.latest_charge}/dispute`)
    const closed = await h.stripe.disputes.close(opened.body.id)
    expect(closed.status).toBe("lost")
    await expect(h.stripe.disputes.update(opened.body.id, { submit: true })).rejects.toMatchObject({ statusCode: 400 })
    await expect(h.stripe.refunds.create({ payment_intent: pi.id })).rejects.toMatchObject({ code: "charge_disputed", statusCode: 400 })
  })

  it("hosted checkout page: GET shows the amount, POST pays and redirects to success_url", async () => {
    const session = await h.stripe.checkout.sessions.create({
      mode: "payment",
      success_url: "http://shop.test/ok?session={CHECKOUT_SESSION_ID}",
      line_items: [{ price_data: { currency: "usd", unit_amount: 1500, product_data: { name: "Hat" } }, quantity: 1 }],
    })
    const pageRes = await fetch(String(session.url))
    expect(pageRes.headers.get("content-type")).toContain("text/html")
    expect(await pageRes.text()).toContain("1500 USD")
    const paid = await fetch(String(session.url), { method: "POST", redirect: "manual" })
    expect(paid.status).toBe(303)
    expect(paid.headers.get("location")).toBe(`http://shop.test/ok?session=${session.id}`)
    const after = await h.stripe.checkout.sessions.retrieve(session.id)
    expect(after.status).toBe("complete")
  })

  it("hosted invoice page pays an open invoice", async () => {
    const { invoice } = await draftInvoice(h.stripe)
    const open = await h.stripe.invoices.finalizeInvoice(String(invoice.id))
    const res = await fetch(String(open.hosted_invoice_url).split("?")[0], { method: "POST" })
    expect(res.status).toBe(200)
    expect((await h.stripe.invoices.retrieve(String(invoice.id))).status).toBe("paid")
  })

  it("open checkout sessions expire when the clock passes expires_at", async () => {
    const session = await h.stripe.checkout.sessions.create({ mode: "payment", success_url: "http://shop.test/ok", line_items: [{ price_data: { currency: "usd", unit_amount: 800, product_data: { name: "Cap" } }, quantity: 1 }] })
    await h.control("/clock/advance", { seconds: 23 * 3600 })
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe("open")
    const advanced = await h.control<{ expired_sessions: number }>("/clock/advance", { seconds: 3600 })
    expect(advanced.body.expired_sessions).toBe(1)
    expect((await h.stripe.checkout.sessions.retrieve(session.id)).status).toBe("expired")
  })
})
