import type Stripe from "stripe"
import { invalidRequest } from "../errors"
import { listOf } from "../list"
import { Router } from "../router"
import { metadataFrom, mutate } from "./common"
import { refundApplicationFee, refundCharge, reverseTransfer } from "./money-flow"
import { requireIntent } from "./payment-intents"
import { PLATFORM } from "../store"

export function registerCharges(r: Router): void {
  r.get("/v1/charges", ({ em, scope, params }) => {
    const pi = params.str("payment_intent")
    const group = params.str("transfer_group")
    return listOf(em.store.all<Stripe.Charge>(scope, "charge"), params, "/v1/charges", (c) => (!pi || c.payment_intent === pi) && (!group || c.transfer_group === group))
  })
  r.get("/v1/charges/:charge", ({ em, scope, path }) => em.store.require<Stripe.Charge>(scope, "charge", path.charge, "charge", "charge"))
  r.post("/v1/charges/:charge", ({ em, scope, path, params }) =>
    mutate(em, scope, em.store.require<Stripe.Charge>(scope, "charge", path.charge, "charge", "charge"), "charge.updated", (c) => {
      if (params.has("metadata")) c.metadata = metadataFrom(params, c.metadata)
      if (params.has("description")) c.description = params.str("description") || null
    })
  )

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

  r.get("/v1/application_fees", ({ em, params }) => {
    const charge = params.str("charge")
    return listOf(em.store.all<Stripe.ApplicationFee>(PLATFORM, "application_fee"), params, "/v1/application_fees", (f) => !charge || f.charge === charge)
  })
  r.get("/v1/application_fees/:id", ({ em, path }) => em.store.require<Stripe.ApplicationFee>(PLATFORM, "application_fee", path.id, "application fee"))
  r.post("/v1/application_fees/:id/refunds", ({ em, path, params }) => {
    const fee = em.store.require<Stripe.ApplicationFee>(PLATFORM, "application_fee", path.id, "application fee")
    return refundApplicationFee(em, fee, params.amount("amount") ?? fee.amount - fee.amount_refunded, metadataFrom(params))
  })
  r.post("/v1/application_fees/:id/refund", ({ em, path, params }) => {
    const fee = em.store.require<Stripe.ApplicationFee>(PLATFORM, "application_fee", path.id, "application fee")
    refundApplicationFee(em, fee, params.amount("amount") ?? fee.amount - fee.amount_refunded, {})
    return fee
  })
  r.get("/v1/application_fees/:id/refunds", ({ em, path, params }) => {
    em.store.require<Stripe.ApplicationFee>(PLATFORM, "application_fee", path.id, "application fee")
    return listOf(em.store.all<Stripe.FeeRefund>(PLATFORM, "fee_refund"), params, `/v1/application_fees/${path.id}/refunds`, (x) => x.fee === path.id)
  })
  r.get("/v1/application_fees/:fee/refunds/:id", ({ em, path }) => {
    const fr = em.store.require<Stripe.FeeRefund>(PLATFORM, "fee_refund", path.id, "fee refund")
    if (fr.fee !== path.fee) throw invalidRequest(`No such fee refund: '${path.id}'`, "id", "resource_missing")
    return fr
  })

  r.get("/v1/transfers/:transfer/reversals", ({ em, path, params }) =>
    listOf(em.store.all<Stripe.TransferReversal>(PLATFORM, "transfer_reversal"), params, `/v1/transfers/${path.transfer}/reversals`, (x) => x.transfer === path.transfer)
  )
  r.get("/v1/transfers/:transfer/reversals/:id", ({ em, path }) => em.store.require<Stripe.TransferReversal>(PLATFORM, "transfer_reversal", path.id, "transfer reversal"))
  r.post("/v1/transfers/:transfer/reversals", ({ em, path, params }) => {
    const transfer = em.store.require<Stripe.Transfer>(PLATFORM, "transfer", path.transfer, "transfer", "id")
    const remaining = transfer.amount - transfer.amount_reversed
    if (remaining <= 0) throw invalidRequest(`Transfer ${transfer.id} has already been fully reversed.`, "amount", "transfer_already_reversed")
    return reverseTransfer(em, transfer, params.amount("amount") ?? remaining, null, metadataFrom(params))
  })
}
