import type Stripe from "stripe"
import { listOf } from "../list"
import { Router } from "../router"
import { metadataFrom, mutate } from "./common"

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

}
