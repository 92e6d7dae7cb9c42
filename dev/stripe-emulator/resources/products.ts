import type Stripe from "stripe"
import type { Emulator } from "../context"
import { missingParam } from "../errors"
import { newId } from "../ids"
import { listOf } from "../list"
import { Params } from "../params"
import { Router } from "../router"
import { metadataFrom, requireCurrency } from "./common"

export function requirePrice(em: Emulator, scope: string, id: string, param = "price"): Stripe.Price {
  return em.store.require<Stripe.Price>(scope, "price", id, "price", param)
}

function createProduct(em: Emulator, scope: string, params: Params): Stripe.Product {
  const now = em.now()
  const product: Stripe.Product = {
    id: params.str("id") || newId("prod"),
    object: "product",
    active: params.bool("active") ?? true,
    created: now,
    default_price: null,
    description: params.str("description") || null,
    images: params.strList("images"),
    livemode: false,
    marketing_features: [],
    metadata: metadataFrom(params),
    name: params.requiredStr("name"),
    package_dimensions: null,
    shippable: null,
    tax_details: null,
    type: "service",
    updated: now,
    url: params.str("url") || null,
  }
  return em.store.put(scope, "product", product)
}

export function createPrice(em: Emulator, scope: string, params: Params): Stripe.Price {
  const currency = requireCurrency(params)
  let product = params.str("product")
  const productData = params.obj("product_data")
  if (!product && productData) product = createProduct(em, scope, productData).id
  if (!product) throw missingParam("product")
  em.store.require<Stripe.Product>(scope, "product", product, "product", "product")
  const unitAmount = params.amount("unit_amount")
  if (unitAmount === undefined && !params.has("custom_unit_amount")) throw missingParam("unit_amount")
  const recurring = params.obj("recurring")
  const price: Stripe.Price = {
    id: newId("price"),
    object: "price",
    active: params.bool("active") ?? true,
    billing_scheme: "per_unit",
    created: em.now(),
    currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: params.str("lookup_key") || null,
    metadata: metadataFrom(params),
    nickname: params.str("nickname") || null,
    product,
    recurring: recurring
      ? ({ interval: recurring.requiredStr("interval"), interval_count: recurring.int("interval_count") ?? 1, meter: null, trial_period_days: null, usage_type: "licensed" } as Stripe.Price.Recurring)
      : null,
    tax_behavior: "unspecified",
    tiers_mode: null,
    transform_quantity: null,
    type: recurring ? "recurring" : "one_time",
    unit_amount: unitAmount ?? null,
    unit_amount_decimal: unitAmount !== undefined ? (String(unitAmount) as unknown as Stripe.Price["unit_amount_decimal"]) : null,
  }
  return em.store.put(scope, "price", price)
}

export function registerProducts(r: Router): void {
  r.post("/v1/products", ({ em, scope, params }) => {
    const product = createProduct(em, scope, params)
    em.events.emit(scope, "product.created", product)
    return product
  })
  r.get("/v1/products", ({ em, scope, params }) => listOf(em.store.all<Stripe.Product>(scope, "product"), params, "/v1/products"))
  r.get("/v1/products/:id", ({ em, scope, path }) => em.store.require<Stripe.Product>(scope, "product", path.id, "product"))
  r.post("/v1/prices", ({ em, scope, params }) => {
    const price = createPrice(em, scope, params)
    em.events.emit(scope, "price.created", price)
    return price
  })
  r.get("/v1/prices", ({ em, scope, params }) => {
    const product = params.str("product")
    return listOf(em.store.all<Stripe.Price>(scope, "price"), params, "/v1/prices", (p) => !product || p.product === product)
  })
  r.get("/v1/prices/:price", ({ em, scope, path }) => requirePrice(em, scope, path.price))

}
