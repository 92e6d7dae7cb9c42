import type Stripe from "stripe"
import { invalidRequest } from "../errors"
import { listOf } from "../list"
import { Router } from "../router"
import { metadataFrom } from "./common"
import { refundApplicationFee } from "./money-flow"
import { PLATFORM } from "../store"

export function registerApplicationFees(r: Router): void {
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

}
