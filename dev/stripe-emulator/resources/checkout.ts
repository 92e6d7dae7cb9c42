import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, invalidRequest, missingParam } from "../errors"
import { newId, randomToken } from "../ids"
import { listOf } from "../list"
import { Params } from "../params"
import { Router } from "../router"
import { metadataFrom, mutate } from "./common"
import { createPrice, requirePrice } from "./products"
import { confirmIntent } from "./money-flow"
import { createIntent } from "./payment-intents"
import { requireChargeCapabilities } from "./capabilities"

export interface Line {
  price: Stripe.Price
  quantity: number
}

/** Connect settings for the payment a session or link will create. */
export interface PaymentData {
  applicationFeeAmount: number | null
  destination: string | null
  onBehalfOf: string | null
  captureMethod: Stripe.PaymentIntent.CaptureMethod
  metadata: Stripe.Metadata
  transferGroup: string | null
}

const sessionData = new WeakMap<Stripe.Checkout.Session, { lines: Line[]; payment: PaymentData }>()

export function linesFrom(em: Emulator, scope: string, params: Params): Line[] {
  const items = params.objList("line_items")
  if (items.length === 0) throw missingParam("line_items")
  return items.map((item, i) => {
    const priceId = item.str("price")
    const priceData = item.obj("price_data")
    let price: Stripe.Price
    if (priceId) price = requirePrice(em, scope, priceId, `line_items[${i}][price]`)
    else if (priceData) price = createPrice(em, scope, priceData)
    else throw missingParam(`line_items[${i}][price]`)
    return { price, quantity: item.int("quantity") ?? 1 }
  })
}

function paymentDataFrom(p: Params | undefined, fallback: Params): PaymentData {
  const td = (p ?? fallback).obj("transfer_data")
  return {
    applicationFeeAmount: (p ?? fallback).amount("application_fee_amount") ?? null,
    destination: td?.str("destination") ?? null,
    onBehalfOf: (p ?? fallback).str("on_behalf_of") || null,
    captureMethod: ((p?.str("capture_method") ?? "automatic") as Stripe.PaymentIntent.CaptureMethod),
    metadata: p ? metadataFrom(p) : {},
    transferGroup: p?.str("transfer_group") || null,
  }
}

const totalOf = (lines: Line[]): number => lines.reduce((s, l) => s + (l.price.unit_amount ?? 0) * l.quantity, 0)

export function requireSession(em: Emulator, scope: string, id: string): Stripe.Checkout.Session {
  return em.store.require<Stripe.Checkout.Session>(scope, "checkout.session", id, "checkout.session", "session")
}

export function createSession(em: Emulator, scope: string, params: Params, lines: Line[], payment: PaymentData, paymentLink: string | null): Stripe.Checkout.Session {
  const mode = (params.str("mode") ?? "payment") as Stripe.Checkout.Session.Mode
  const id = `cs_test_${randomToken(58)}`
  const now = em.now()
  const total = totalOf(lines)
  const session: Stripe.Checkout.Session = {
    id,
    object: "checkout.session",
    adaptive_pricing: null,
    after_expiration: null,
    allow_promotion_codes: null,
    allowed_payment_method_types: null,
    amount_subtotal: total,
    amount_total: total,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: params.str("cancel_url") || null,
    client_reference_id: params.str("client_reference_id") || null,
    client_secret: null,
    collected_information: null,
    consent: null,
    consent_collection: null,
    created: now,
    currency: lines[0]?.price.currency ?? null,
    currency_conversion: null,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: params.str("customer") || null,
    customer_account: null,
    customer_creation: "if_required",
    customer_details: null,
    customer_email: params.str("customer_email") || null,
    discounts: [],
    expires_at: params.int("expires_at") ?? now + 24 * 3600,
    integration_identifier: null,
    invoice: null,
    invoice_creation: null,
    livemode: false,
    locale: null,
    managed_payments: null,
    metadata: metadataFrom(params),
    mode,
    origin_context: null,
    payment_intent: null,
    payment_link: paymentLink,
    payment_method_collection: "if_required",
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: params.strList("payment_method_types").length ? params.strList("payment_method_types") : ["card"],
    payment_status: "unpaid",
    permissions: null,
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: params.str("success_url") || null,
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted",
    url: `${em.baseUrl}/_emulator/hosted/checkout/${id}`,
    wallet_options: null,
  }
  em.store.put(scope, "checkout.session", session)
  sessionData.set(session, { lines, payment })
  return session
}

/** The customer pays: a payment intent is created and charged, then checkout.session.completed. */
export function completeSession(em: Emulator, scope: string, session: Stripe.Checkout.Session, paymentMethod = "pm_card_visa"): Stripe.Checkout.Session {
  if (session.status !== "open") throw invalidRequest(`Checkout session ${session.id} is ${session.status} and cannot be completed.`, "session", "checkout_session_not_open")
  const data = sessionData.get(session)
  if (!data) throw new ApiError(500, "api_error", "Checkout session data missing")
  let piId: string | null = null
  if (session.mode === "payment" && (session.amount_total ?? 0) > 0) {
    const pi = createIntent(em, scope, {
      amount: session.amount_total ?? 0,
      currency: session.currency ?? "usd",
      applicationFeeAmount: data.payment.applicationFeeAmount,
      destination: data.payment.destination,
      transferAmount: null,
      onBehalfOf: data.payment.onBehalfOf,
      captureMethod: data.payment.captureMethod,
      transferGroup: data.payment.transferGroup,
      metadata: data.payment.metadata,
      paymentMethodTypes: session.payment_method_types,
      receiptEmail: session.customer_email,
      description: null,
      customer: typeof session.customer === "string" ? session.customer : null,
      paymentMethod,
    })
    confirmIntent(em, scope, pi, paymentMethod)
    piId = pi.id
  }
  return mutate(em, scope, session, "checkout.session.completed", (s) => {
    s.status = "complete"
    s.payment_status = "paid"
    s.payment_intent = piId
    s.url = null
    s.customer_details = { address: null, business_name: null, email: s.customer_email ?? "customer@example.com", individual_name: null, name: "Emulated Customer", phone: null, tax_exempt: "none", tax_ids: [] } as Stripe.Checkout.Session.CustomerDetails
  })
}

export function expireSession(em: Emulator, scope: string, session: Stripe.Checkout.Session): Stripe.Checkout.Session {
  if (session.status !== "open") {
    throw new ApiError(400, "invalid_request_error", `Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of "${session.status}".`, "checkout_session_not_open")
  }
  return mutate(em, scope, session, "checkout.session.expired", (s) => {
    s.status = "expired"
    s.url = null
  })
}

export function registerCheckout(r: Router): void {
  r.post("/v1/checkout/sessions", ({ em, scope, params }) => {
    const mode = params.str("mode") ?? "payment"
    if (mode === "payment" && !params.has("line_items")) throw missingParam("line_items")
    const payment = paymentDataFrom(params.obj("payment_intent_data"), new Params({}))
    requireChargeCapabilities(em, scope, payment, { destination: "payment_intent_data[transfer_data][destination]", onBehalfOf: "payment_intent_data[on_behalf_of]" })
    const lines = params.has("line_items") ? linesFrom(em, scope, params) : []
    return createSession(em, scope, params, lines, payment, null)
  })
  r.get("/v1/checkout/sessions", ({ em, scope, params }) => {
    const pi = params.str("payment_intent")
    const status = params.str("status")
    return listOf(em.store.all<Stripe.Checkout.Session>(scope, "checkout.session"), params, "/v1/checkout/sessions", (s) => (!pi || s.payment_intent === pi) && (!status || s.status === status))
  })
  r.get("/v1/checkout/sessions/:session", ({ em, scope, path }) => requireSession(em, scope, path.session))
  r.post("/v1/checkout/sessions/:session/expire", ({ em, scope, path }) => expireSession(em, scope, requireSession(em, scope, path.session)))
  r.get("/v1/checkout/sessions/:session/line_items", ({ em, scope, path }) => {
    const session = requireSession(em, scope, path.session)
    const lines = sessionData.get(session)?.lines ?? []
    const data = lines.map((l) => ({ id: newId("li"), object: "item", amount_subtotal: (l.price.unit_amount ?? 0) * l.quantity, amount_total: (l.price.unit_amount ?? 0) * l.quantity, currency: l.price.currency, description: null, price: l.price, quantity: l.quantity }))
    return { object: "list", data, has_more: false, url: `/v1/checkout/sessions/${session.id}/line_items` }
  })

}

/** Expires open sessions whose `expires_at` has passed on the emulator clock (as Stripe does after 24 h). */
export function expireDueSessions(em: Emulator): number {
  let count = 0
  for (const scope of em.store.scopeNames()) {
    for (const session of em.store.all<Stripe.Checkout.Session>(scope, "checkout.session")) {
      if (session.status === "open" && session.expires_at <= em.now()) {
        expireSession(em, scope, session)
        count++
      }
    }
  }
  return count
}
