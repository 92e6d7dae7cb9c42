import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, invalidRequest, missingParam } from "../errors"
import { newId, randomToken } from "../ids"
import { listOf } from "../list"
import { Router } from "../router"
import type { Store } from "../store"
import { metadataFrom, mutate } from "./common"
import { confirmIntent } from "./money-flow"
import { requireCardPayments, requireTransfersCapability } from "./capabilities"
import { createIntent } from "./payment-intents"
import { requireCustomer } from "./customers"
import { requirePrice } from "./products"

export function requireInvoice(em: Emulator, scope: string, id: string): Stripe.Invoice {
  return em.store.require<Stripe.Invoice>(scope, "invoice", id, "invoice", "invoice")
}

function lineFromItem(item: Stripe.InvoiceItem, invoiceId: string): Stripe.InvoiceLineItem {
  const line: Stripe.InvoiceLineItem = {
    id: newId("il"),
    object: "line_item",
    amount: item.amount,
    currency: item.currency,
    description: item.description,
    discount_amounts: [],
    discountable: true,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: item.metadata ?? {},
    parent: { invoice_item_details: { invoice_item: item.id, proration: false, proration_details: null, subscription: null }, subscription_item_details: null, type: "invoice_item_details" },
    period: item.period,
    pretax_credit_amounts: [],
    pricing: item.pricing,
    quantity: item.quantity,
    quantity_decimal: item.quantity_decimal,
    subscription: null,
    subtotal: item.amount,
    taxes: [],
  }
  return line
}

/** Recomputes an invoice's lines and totals from its invoice items (drafts only). */
function refreshLines(em: Emulator, scope: string, invoice: Stripe.Invoice): void {
  const items = em.store.all<Stripe.InvoiceItem>(scope, "invoiceitem").filter((i) => i.invoice === invoice.id)
  const lines = items.map((i) => lineFromItem(i, invoice.id))
  const total = lines.reduce((s, l) => s + l.amount, 0)
  invoice.lines = { object: "list", data: lines, has_more: false, url: `/v1/invoices/${invoice.id}/lines` }
  invoice.subtotal = total
  invoice.subtotal_excluding_tax = total
  invoice.total = total
  invoice.total_excluding_tax = total
  invoice.amount_due = total
  invoice.amount_remaining = total - invoice.amount_paid
}

/** Stripe-side connect settings kept with an invoice: used when it is paid. */
interface InvoiceConnect {
  applicationFeeAmount: number | null
  destination: string | null
}
const invoiceConnect = new WeakMap<Stripe.Invoice, InvoiceConnect>()

export function payInvoice(em: Emulator, scope: string, invoice: Stripe.Invoice, outOfBand: boolean, paymentMethod = "pm_card_visa"): Stripe.Invoice {
  if (invoice.status === "paid") throw invalidRequest("Invoice is already paid.", undefined, "invoice_already_paid")
  if (invoice.status !== "open") {
    throw new ApiError(400, "invalid_request_error", `You can only pay an invoice that is open. This invoice's status is ${invoice.status}.`, "invoice_not_open")
  }
  let piId: string | null = null
  if (!outOfBand && invoice.amount_remaining > 0) {
    const connect = invoiceConnect.get(invoice) ?? { applicationFeeAmount: null, destination: null }
    const pi = createIntent(em, scope, {
      amount: invoice.amount_remaining,
      currency: invoice.currency,
      applicationFeeAmount: connect.applicationFeeAmount,
      destination: connect.destination,
      transferAmount: null,
      onBehalfOf: typeof invoice.on_behalf_of === "string" ? invoice.on_behalf_of : null,
      captureMethod: "automatic",
      transferGroup: null,
      metadata: { invoice: invoice.id },
      paymentMethodTypes: ["card"],
      receiptEmail: invoice.customer_email,
      description: `Payment for Invoice ${invoice.number ?? invoice.id}`,
      customer: typeof invoice.customer === "string" ? invoice.customer : null,
      paymentMethod,
    })
    confirmIntent(em, scope, pi, paymentMethod)
    piId = pi.id
  }
  const paid = mutate(em, scope, invoice, "invoice.paid", (i) => {
    i.status = "paid"
    i.amount_paid = i.amount_due
    i.amount_remaining = 0
    i.attempted = true
    i.attempt_count += 1
    i.status_transitions = { ...i.status_transitions, paid_at: em.now() }
  })
  if (piId) recordInvoicePayment(em, scope, paid, piId)
  em.events.emit(scope, "invoice.payment_succeeded", paid)
  return paid
}

/**
 * Stripe (API 2025-03-31 and later) links a payment to its invoice with an invoice payment; `payments` is an
 * includable field of the invoice, present only when expanded (see expand.ts), so stored invoices and the
 * invoices in events do not carry it.
 */
function recordInvoicePayment(em: Emulator, scope: string, invoice: Stripe.Invoice, paymentIntent: string): Stripe.InvoicePayment {
  const now = em.now()
  const payment: Stripe.InvoicePayment = {
    id: newId("inpay"),
    object: "invoice_payment",
    amount_paid: invoice.amount_paid,
    amount_requested: invoice.amount_paid,
    created: now,
    currency: invoice.currency,
    invoice: invoice.id,
    is_default: true,
    livemode: false,
    payment: { payment_intent: paymentIntent, type: "payment_intent" },
    status: "paid",
    status_transitions: { canceled_at: null, paid_at: now },
  }
  return em.store.put(scope, "invoice_payment", payment)
}

/** An invoice's payments as the list Stripe includes under `payments` when expanded. */
export function invoicePaymentsList(store: Store, scope: string, invoiceId: string): Stripe.ApiList<Stripe.InvoicePayment> {
  const data = store.all<Stripe.InvoicePayment>(scope, "invoice_payment").filter((p) => p.invoice === invoiceId)
  return { object: "list", data: [...data].reverse(), has_more: false, url: `/v1/invoice_payments?invoice=${invoiceId}` }
}

function requireInvoiceItem(em: Emulator, scope: string, id: string): Stripe.InvoiceItem {
  return em.store.require<Stripe.InvoiceItem>(scope, "invoiceitem", id, "invoiceitem")
}

/** Deletes an invoice item (pending, or on a draft invoice whose lines then drop it). */
function deleteInvoiceItem(em: Emulator, scope: string, item: Stripe.InvoiceItem): Stripe.DeletedInvoiceItem {
  const invoiceId = typeof item.invoice === "string" ? item.invoice : item.invoice?.id
  const invoice = invoiceId ? em.store.get<Stripe.Invoice>(scope, "invoice", invoiceId) : undefined
  if (invoice && invoice.status !== "draft") {
    throw invalidRequest(
      `Invoice item ${item.id} is on invoice ${invoice.id}, which is ${invoice.status}: invoice items can only be deleted while they are not attached to an invoice or are attached to a draft invoice.`,
      "invoiceitem",
      "invoice_not_editable"
    )
  }
  em.store.remove(scope, "invoiceitem", item.id)
  if (invoice) refreshLines(em, scope, invoice)
  em.events.emit(scope, "invoiceitem.deleted", item)
  return { id: item.id, object: "invoiceitem", deleted: true }
}

export function registerInvoices(r: Router): void {
  r.post("/v1/invoiceitems", ({ em, scope, params }) => {
    const customer = requireCustomer(em, scope, params.requiredStr("customer")).id
    let amount = params.int("amount")
    let currency = params.currency()
    const quantity = params.int("quantity") ?? 1
    const priceId = params.str("price") || params.obj("pricing")?.str("price")
    let pricing: Stripe.InvoiceItem.Pricing | null = null
    if (priceId) {
      const price = requirePrice(em, scope, priceId)
      amount = (price.unit_amount ?? 0) * quantity
      currency = price.currency
      pricing = { price_details: { price: price.id, product: String(price.product) }, type: "price_details", unit_amount_decimal: String(price.unit_amount ?? 0) } as unknown as Stripe.InvoiceItem.Pricing
    } else if (params.has("unit_amount") || params.has("unit_amount_decimal")) {
      amount = (params.int("unit_amount") ?? Number(params.str("unit_amount_decimal") ?? 0)) * quantity
    }
    if (amount === undefined) throw missingParam("amount")
    if (!currency) throw missingParam("currency")
    const invoiceId = params.str("invoice") || null
    if (invoiceId) {
      const inv = requireInvoice(em, scope, invoiceId)
      if (inv.status !== "draft") throw invalidRequest("You can only add invoice items to draft invoices.", "invoice", "invoice_not_editable")
    }
    const now = em.now()
    const item: Stripe.InvoiceItem = {
      id: newId("ii"),
      object: "invoiceitem",
      amount,
      currency,
      customer,
      customer_account: null,
      date: now,
      description: params.str("description") || null,
      discountable: true,
      discounts: [],
      invoice: invoiceId,
      livemode: false,
      metadata: metadataFrom(params),
      net_amount: amount,
      parent: null,
      period: { end: now, start: now },
      pricing,
      proration: false,
      quantity,
      quantity_decimal: String(quantity) as unknown as Stripe.InvoiceItem["quantity_decimal"],
      tax_rates: [],
      test_clock: null,
    }
    em.store.put(scope, "invoiceitem", item)
    if (invoiceId) refreshLines(em, scope, requireInvoice(em, scope, invoiceId))
    em.events.emit(scope, "invoiceitem.created", item)
    return item
  })
  r.get("/v1/invoiceitems", ({ em, scope, params }) => {
    const customer = params.str("customer")
    const invoice = params.str("invoice")
    return listOf(em.store.all<Stripe.InvoiceItem>(scope, "invoiceitem"), params, "/v1/invoiceitems", (i) => (!customer || i.customer === customer) && (!invoice || i.invoice === invoice))
  })
  r.get("/v1/invoiceitems/:id", ({ em, scope, path }) => requireInvoiceItem(em, scope, path.id))
  r.del("/v1/invoiceitems/:id", ({ em, scope, path }) => deleteInvoiceItem(em, scope, requireInvoiceItem(em, scope, path.id)))
  r.get("/v1/invoice_payments", ({ em, scope, params }) => {
    const invoice = params.str("invoice")
    return listOf(em.store.all<Stripe.InvoicePayment>(scope, "invoice_payment"), params, "/v1/invoice_payments", (p) => !invoice || p.invoice === invoice)
  })
  r.get("/v1/invoice_payments/:id", ({ em, scope, path }) => em.store.require<Stripe.InvoicePayment>(scope, "invoice_payment", path.id, "invoice_payment"))

  r.post("/v1/invoices", ({ em, scope, params }) => {
    const customer = requireCustomer(em, scope, params.requiredStr("customer"))
    const destination = params.obj("transfer_data")?.str("destination")
    if (destination) requireTransfersCapability(em, destination, "transfer_data[destination]")
    const onBehalfOf = params.str("on_behalf_of")
    if (onBehalfOf) requireCardPayments(em, onBehalfOf, "on_behalf_of")
    const id = newId("in")
    const now = em.now()
    const collection = (params.str("collection_method") ?? "charge_automatically") as Stripe.Invoice.CollectionMethod
    const daysUntilDue = params.int("days_until_due")
    if (collection === "send_invoice" && daysUntilDue === undefined && !params.has("due_date")) {
      throw invalidRequest("Missing required param: days_until_due or due_date (required when collection_method is send_invoice).", "days_until_due", "parameter_missing")
    }
    const currency = params.currency() ?? "usd"
    const invoice: Stripe.Invoice = {
      id,
      object: "invoice",
      account_country: "US",
      account_name: "Emulated platform",
      account_tax_ids: null,
      amount_due: 0,
      amount_overpaid: 0,
      amount_paid: 0,
      amount_remaining: 0,
      amount_shipping: 0,
      application: null,
      attempt_count: 0,
      attempted: false,
      auto_advance: params.bool("auto_advance") ?? false,
      automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
      automatically_finalizes_at: null,
      billing_reason: "manual",
      collection_method: collection,
      created: now,
      currency,
      custom_fields: null,
      customer: customer.id,
      customer_account: null,
      customer_address: null,
      customer_email: customer.email,
      customer_name: customer.name ?? null,
      customer_phone: null,
      customer_shipping: null,
      customer_tax_exempt: "none",
      default_payment_method: null,
      default_source: null,
      default_tax_rates: [],
      description: params.str("description") || null,
      discounts: [],
      due_date: params.int("due_date") ?? (daysUntilDue !== undefined ? now + daysUntilDue * 86400 : null),
      effective_at: null,
      ending_balance: null,
      footer: params.str("footer") || null,
      from_invoice: null,
      hosted_invoice_url: null,
      invoice_pdf: null,
      issuer: { type: "self" },
      last_finalization_error: null,
      latest_revision: null,
      lines: { object: "list", data: [], has_more: false, url: `/v1/invoices/${id}/lines` },
      livemode: false,
      metadata: metadataFrom(params),
      next_payment_attempt: null,
      number: null,
      on_behalf_of: params.str("on_behalf_of") || null,
      parent: null,
      payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
      period_end: now,
      period_start: now,
      post_payment_credit_notes_amount: 0,
      pre_payment_credit_notes_amount: 0,
      receipt_number: null,
      rendering: null,
      shipping_cost: null,
      shipping_details: null,
      starting_balance: 0,
      statement_descriptor: null,
      status: "draft",
      status_transitions: { finalized_at: null, marked_uncollectible_at: null, paid_at: null, voided_at: null },
      subtotal: 0,
      subtotal_excluding_tax: 0,
      test_clock: null,
      total: 0,
      total_discount_amounts: [],
      total_excluding_tax: 0,
      total_pretax_credit_amounts: [],
      total_taxes: [],
      webhooks_delivered_at: null,
    }
    em.store.put(scope, "invoice", invoice)
    const td = params.obj("transfer_data")
    invoiceConnect.set(invoice, { applicationFeeAmount: params.amount("application_fee_amount") ?? null, destination: td?.str("destination") ?? null })
    if (params.str("pending_invoice_items_behavior") === "include") {
      for (const item of em.store.all<Stripe.InvoiceItem>(scope, "invoiceitem")) {
        if (item.customer === customer.id && !item.invoice) item.invoice = id
      }
    }
    refreshLines(em, scope, invoice)
    em.events.emit(scope, "invoice.created", invoice)
    return invoice
  })
  r.get("/v1/invoices", ({ em, scope, params }) => {
    const customer = params.str("customer")
    const status = params.str("status")
    return listOf(em.store.all<Stripe.Invoice>(scope, "invoice"), params, "/v1/invoices", (i) => (!customer || i.customer === customer) && (!status || i.status === status))
  })
  r.get("/v1/invoices/:invoice", ({ em, scope, path }) => requireInvoice(em, scope, path.invoice))
  r.post("/v1/invoices/:invoice", ({ em, scope, path, params }) =>
    mutate(em, scope, requireInvoice(em, scope, path.invoice), "invoice.updated", (i) => {
      if (params.has("metadata")) i.metadata = metadataFrom(params, i.metadata ?? {})
      if (params.has("description")) {
        if (i.status !== "draft") throw invalidRequest("You can only update the description of a draft invoice.", "description", "invoice_not_editable")
        i.description = params.str("description") || null
      }
    })
  )
  r.get("/v1/invoices/:invoice/lines", ({ em, scope, path, params }) => listOf([...requireInvoice(em, scope, path.invoice).lines.data].reverse(), params, `/v1/invoices/${path.invoice}/lines`))
  r.post("/v1/invoices/:invoice/finalize", ({ em, scope, path }) => {
    const invoice = requireInvoice(em, scope, path.invoice)
    if (invoice.status !== "draft") throw new ApiError(400, "invalid_request_error", `This invoice is already finalized, you can't re-finalize a non-draft invoice.`, "invoice_not_editable")
    const count = em.store.all<Stripe.Invoice>(scope, "invoice").filter((i) => i.number).length
    const finalized = mutate(em, scope, invoice, "invoice.finalized", (i) => {
      i.status = "open"
      i.number = `EMU-${String(count + 1).padStart(4, "0")}`
      i.hosted_invoice_url = `${em.baseUrl}/_emulator/hosted/invoices/${i.id}?t=${randomToken(16)}`
      i.invoice_pdf = `${em.baseUrl}/_emulator/hosted/invoices/${i.id}/pdf`
      i.effective_at = em.now()
      i.status_transitions = { ...i.status_transitions, finalized_at: em.now() }
    })
    if (finalized.amount_due === 0) return payInvoice(em, scope, finalized, true)
    return finalized
  })
  r.post("/v1/invoices/:invoice/send", ({ em, scope, path }) => {
    const invoice = requireInvoice(em, scope, path.invoice)
    if (invoice.collection_method !== "send_invoice") throw invalidRequest("You can only manually send an invoice if its collection method is 'send_invoice'.", undefined, "invoice_not_sendable")
    if (invoice.status !== "open") throw invalidRequest(`You can only send an open invoice. This invoice's status is ${invoice.status}.`, undefined, "invoice_not_open")
    em.events.emit(scope, "invoice.sent", invoice)
    return invoice
  })
  r.post("/v1/invoices/:invoice/pay", ({ em, scope, path, params }) =>
    payInvoice(em, scope, requireInvoice(em, scope, path.invoice), params.bool("paid_out_of_band") ?? false, params.str("payment_method") || "pm_card_visa")
  )
  r.post("/v1/invoices/:invoice/void", ({ em, scope, path }) => {
    const invoice = requireInvoice(em, scope, path.invoice)
    if (invoice.status !== "open" && invoice.status !== "uncollectible") {
      throw new ApiError(400, "invalid_request_error", `You can only void an open or uncollectible invoice. This invoice's status is ${invoice.status}.`, "invoice_not_open")
    }
    return mutate(em, scope, invoice, "invoice.voided", (i) => {
      i.status = "void"
      i.status_transitions = { ...i.status_transitions, voided_at: em.now() }
    })
  })
  r.del("/v1/invoices/:invoice", ({ em, scope, path }) => {
    const invoice = requireInvoice(em, scope, path.invoice)
    if (invoice.status !== "draft") throw invalidRequest("You can only delete draft invoices.", undefined, "invoice_not_editable")
    // Undocumented at Stripe: the draft's own invoice items go with it (invoiceitem.deleted), none left pending.
    for (const item of em.store.all<Stripe.InvoiceItem>(scope, "invoiceitem").filter((i) => i.invoice === invoice.id)) {
      em.store.remove(scope, "invoiceitem", item.id)
      em.events.emit(scope, "invoiceitem.deleted", item)
    }
    em.store.remove(scope, "invoice", invoice.id)
    em.events.emit(scope, "invoice.deleted", invoice)
    return { id: invoice.id, object: "invoice", deleted: true }
  })
}
