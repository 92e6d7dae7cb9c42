import type { ExecArgs } from "@medusajs/framework/types"

export type SeedContainer = ExecArgs["container"]

/** What earlier parts of the seed made, for the parts after them. */
export type DemoSeedState = {
  adminUserId?: string
  salesChannelId?: string
  publishableKey?: string
  regionId?: string
  stockLocationId?: string
  shippingProfileId?: string
  productId?: string
}

/**
 * One part of the demo data. `run` must be safe to repeat: it looks for what it would create and reuses it,
 * so a seed that stopped half-way can simply run again. Parts whose feature is not built yet return
 * `{ skipped: "reason" }`.
 */
export type DemoSeedPart = {
  name: string
  run: (container: SeedContainer, state: DemoSeedState) => Promise<{ skipped?: string } | void>
}
