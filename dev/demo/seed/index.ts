import { adminRolePart } from "./admin-role"
import { feeTiersPart } from "./fee-tiers"
import { productPart } from "./product"
import { regionPart } from "./region"
import { salesChannelPart } from "./sales-channel"
import { stockLocationPart } from "./stock-location"
import type { DemoSeedPart } from "./types"

/**
 * The demo data, in order. Add a part per feature as it lands (connected accounts, payments, webhook events); a part whose routes or module do not exist yet returns `{ skipped }`.
 *
 * Connected accounts and anything else that lives at Stripe are not seeded yet: the emulator keeps its state in
 * memory only, so after a restart of the demo the database would point at accounts the emulator no longer knows.
 */
export const DEMO_SEED_PARTS: DemoSeedPart[] = [
  adminRolePart,
  salesChannelPart,
  regionPart,
  stockLocationPart,
  productPart,
  feeTiersPart,
]

export * from "./constants"
export type { DemoSeedPart, DemoSeedState } from "./types"
