import type Stripe from "stripe"
import type { Emulator } from "../context"
import { ApiError, invalidRequest } from "../errors"
import { newId } from "../ids"
import { listOf } from "../list"
import { Params } from "../params"
import { Router } from "../router"
import { metadataFrom, mutate } from "./common"
import { createSession, Line, linesFrom, PaymentData } from "./checkout"
import { requireChargeCapabilities } from "./capabilities"

const linkData = new WeakMap<Stripe.PaymentLink, { lines: Line[]; payment: PaymentData }>()

export function sessionFromLink(em: Emulator, scope: string, link: Stripe.PaymentLink): Stripe.Checkout.Session {
  if (!link.active) throw invalidRequest(`Payment link ${link.id} is not active.`, "payment_link", "payment_link_inactive")
  const data = linkData.get(link)
  if (!data) throw new ApiError(500, "api_error", "Payment link data missing")
  return createSession(em, scope, new Params({ mode: "payment" }), data.lines, data.payment, link.id)
}

export function registerPaymentLinks(r: Router): void {
  r.post("/v1/payment_links", ({ em, scope, params }) => {
    const payment = { destination: params.obj("transfer_data")?.str("destination") ?? null, onBehalfOf: params.str("on_behalf_of") || null }
    requireChargeCapabilities(em, scope, payment, { destination: "transfer_data[destination]", onBehalfOf: "on_behalf_of" })
    const lines = linesFrom(em, scope, params)
    const id = newId("plink")
    const td = params.obj("transfer_data")
    const link: Stripe.PaymentLink = {
      id,
      object: "payment_link",
      active: true,
      after_completion: { hosted_confirmation: { custom_message: null }, type: "hosted_confirmation" },
      allow_promotion_codes: false,
      application: null,
      application_fee_amount: params.amount("application_fee_amount") ?? null,
      application_fee_percent: null,
      automatic_tax: { enabled: false, liability: null },
      billing_address_collection: "auto",
      consent_collection: null,
      currency: lines[0].price.currency,
      custom_fields: [],
      custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
      customer_creation: "if_required",
      inactive_message: null,
      invoice_creation: null,
      livemode: false,
      managed_payments: null,
      metadata: metadataFrom(params),
      on_behalf_of: params.str("on_behalf_of") || null,
      payment_intent_data: null,
      payment_method_collection: "always",
      payment_method_options: null,
      payment_method_types: null,
      phone_number_collection: { enabled: false },
      restrictions: null,
      shipping_address_collection: null,
      shipping_options: [],
      submit_type: "auto",
      subscription_data: null,
      tax_id_collection: { enabled: false, required: "never" },
      transfer_data: td ? { amount: td.amount("amount") ?? null, destination: td.requiredStr("destination") } : null,
      url: `${em.baseUrl}/_emulator/hosted/payment_links/${id}`,
    }
    em.store.put(scope, "payment_link", link)
    linkData.set(link, {
      lines,
      payment: {
        applicationFeeAmount: link.application_fee_amount,
        destination: td?.str("destination") ?? null,
        onBehalfOf: params.str("on_behalf_of") || null,
        captureMethod: "automatic",
        metadata: metadataFrom(params),
        transferGroup: null,
      },
    })
    em.events.emit(scope, "payment_link.created", link)
    return link
  })
  r.get("/v1/payment_links", ({ em, scope, params }) => {
    const active = params.bool("active")
    return listOf(em.store.all<Stripe.PaymentLink>(scope, "payment_link"), params, "/v1/payment_links", (l) => active === undefined || l.active === active)
  })
  r.get("/v1/payment_links/:id", ({ em, scope, path }) => em.store.require<Stripe.PaymentLink>(scope, "payment_link", path.id, "payment_link"))
  r.post("/v1/payment_links/:id", ({ em, scope, path, params }) =>
    mutate(em, scope, em.store.require<Stripe.PaymentLink>(scope, "payment_link", path.id, "payment_link"), "payment_link.updated", (l) => {
      if (params.has("active")) l.active = params.bool("active") ?? l.active
      if (params.has("metadata")) l.metadata = metadataFrom(params, l.metadata)
    })
  )
}
