import type Stripe from "stripe"
import type { Emulator } from "../context"
import { newId } from "../ids"
import { listOf } from "../list"
import { Router } from "../router"
import { metadataFrom, mutate } from "./common"

export function requireCustomer(em: Emulator, scope: string, id: string, param = "customer"): Stripe.Customer {
  return em.store.require<Stripe.Customer>(scope, "customer", id, "customer", param)
}

export function registerCustomers(r: Router): void {
  r.post("/v1/customers", ({ em, scope, params }) => {
    const customer: Stripe.Customer = {
      id: newId("cus"),
      object: "customer",
      balance: 0,
      created: em.now(),
      default_source: null,
      description: params.str("description") || null,
      email: params.str("email") || null,
      invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
      livemode: false,
      metadata: metadataFrom(params),
      name: params.str("name") || null,
      phone: params.str("phone") || null,
      shipping: null,
    }
    em.store.put(scope, "customer", customer)
    em.events.emit(scope, "customer.created", customer)
    return customer
  })
  r.get("/v1/customers", ({ em, scope, params }) => {
    const email = params.str("email")
    return listOf(em.store.all<Stripe.Customer>(scope, "customer"), params, "/v1/customers", (c) => !email || c.email === email)
  })
  r.get("/v1/customers/:customer", ({ em, scope, path }) => requireCustomer(em, scope, path.customer))
  r.post("/v1/customers/:customer", ({ em, scope, path, params }) =>
    mutate(em, scope, requireCustomer(em, scope, path.customer), "customer.updated", (c) => {
      if (params.has("email")) c.email = params.str("email") || null
      if (params.has("name")) c.name = params.str("name") || null
      if (params.has("description")) c.description = params.str("description") || null
      if (params.has("metadata")) c.metadata = metadataFrom(params, c.metadata)
    })
  )
  r.del("/v1/customers/:customer", ({ em, scope, path }) => {
    const c = requireCustomer(em, scope, path.customer)
    em.store.remove(scope, "customer", c.id)
    return { id: c.id, object: "customer", deleted: true }
  })

}
