import { adminRolePart } from "./admin-role"
import { feeTiersPart } from "./fee-tiers"
import { inventoryPart } from "./inventory"
import { ordersPart } from "./orders"
import { productPart } from "./product"
import { publishableKeyPart } from "./publishable-key"
import { regionPart } from "./region"
import { salesChannelPart } from "./sales-channel"
import { shippingPart } from "./shipping"
import { stockLocationPart } from "./stock-location"
import type { DemoSeedPart } from "./types"

/**
 * The Medusa side of the demo data, in order; a part whose routes or module do not exist yet returns `{ skipped }`.
 * With the sales channel's publishable key, the plugin's provider in the region, shipping and stock, a storefront
 * can check out through the plugin (dev/demo/store-checkout.mjs).
 * What lives at Stripe (connected accounts, payments, invoices, ...) is made afterwards, with Medusa running, by
 * dev/demo/seed-stripe.mjs through the plugin's admin API and the emulator's control routes.
 */
export const DEMO_SEED_PARTS: DemoSeedPart[] = [
  adminRolePart,
  salesChannelPart,
  publishableKeyPart,
  regionPart,
  stockLocationPart,
  shippingPart,
  productPart,
  inventoryPart,
  feeTiersPart,
  ordersPart,
]

export * from "./constants"
export type { DemoSeedPart, DemoSeedState } from "./types"
