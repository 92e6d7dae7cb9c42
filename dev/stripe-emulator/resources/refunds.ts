import type Stripe from "stripe"
import { invalidRequest } from "../errors"
import { listOf } from "../list"
import { Router } from "../router"
import { metadataFrom, mutate } from "./common"
import { refundCharge } from "./money-flow"
import { requireIntent } from "./payment-intents"

export function registerRefunds(r: Router): void {
  r.post("/v1/refunds", ({ em, scope, params }) => {
    const piId = params.str("payment_intent")
    const chargeId = params.str("charge")
    if (!piId && !chargeId) throw invalidRequest("One of the following params should be provided for this request: payment_intent or charge.", "charge", "parameter_missing")
    let charge: Stripe.Charge
    if (chargeId) {
      charge = em.store.require<Stripe.Charge>(scope, "charge", chargeId, "charge", "charge")
    } else {
      const pi = requireIntent(em, scope, String(piId))
      if (!pi.latest_charge || (pi.status !== "succeeded" && pi.status !== "requires_capture")) {
        throw invalidRequest(`This PaymentIntent (${pi.id}) does not have a successful charge to refund.`, "payment_intent", "charge_not_refundable")
      }
      charge = em.store.require<Stripe.Charge>(scope, "charge", String(pi.latest_charge), "charge", "payment_intent")
    }
    return refundCharge(em, scope, charge, {
      amount: params.int("amount"),
      reason: (params.str("reason") ?? null) as Stripe.Refund.Reason | null,
      refundApplicationFee: params.bool("refund_application_fee") ?? false,
      reverseTransfer: params.bool("reverse_transfer") ?? false,
      metadata: metadataFrom(params),
    })
  })
  r.get("/v1/refunds", ({ em, scope, params }) => {
    const charge = params.str("charge")
    const pi = params.str("payment_intent")
    return listOf(em.store.all<Stripe.Refund>(scope, "refund"), params, "/v1/refunds", (x) => (!charge || x.charge === charge) && (!pi || x.payment_intent === pi))
  })
  r.get("/v1/refunds/:refund", ({ em, scope, path }) => em.store.require<Stripe.Refund>(scope, "refund", path.refund, "refund", "refund"))
  r.post("/v1/refunds/:refund", ({ em, scope, path, params }) =>
    mutate(em, scope, em.store.require<Stripe.Refund>(scope, "refund", path.refund, "refund", "refund"), "refund.updated", (x) => {
      x.metadata = metadataFrom(params, x.metadata ?? {})
    })
  )

}
