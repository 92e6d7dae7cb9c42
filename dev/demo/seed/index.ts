import { adminRolePart } from "./admin-role"
import { feeTiersPart } from "./fee-tiers"
import { ordersPart } from "./orders"
import { productPart } from "./product"
import { regionPart } from "./region"
import { salesChannelPart } from "./sales-channel"
import { stockLocationPart } from "./stock-location"
import type { DemoSeedPart } from "./types"

/**
 * The Medusa side of the demo data, in order; a part whose routes or module do not exist yet returns `{ skipped }`.
 * What lives at Stripe (connected accounts, payments, invoices, ...) is made afterwards, with Medusa running, by
 * dev/demo/seed-stripe.mjs through the plugin's admin API and the emulator's control routes.
 */
export const DEMO_SEED_PARTS: DemoSeedPart[] = [
  adminRolePart,
  salesChannelPart,
  regionPart,
  stockLocationPart,
  productPart,
  feeTiersPart,
  ordersPart,
]

export * from "./constants"
export type { DemoSeedPart, DemoSeedState } from "./types"
