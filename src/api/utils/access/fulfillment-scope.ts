import type { LineSeller } from "../../../workflows/sellers/utils/order-line-sellers"
import type { RoleGrant } from "./resolve-access"

/**
 * The merchants a caller is limited to outside the plugin's own routes (Medusa's fulfilment route): the union of its
 * grants' merchants when every grant is limited to merchants; null when it holds no grant at all or one grant for
 * every merchant (it is not limited, as on the plugin's routes).
 */
export function grantedMerchantScope(grants: readonly RoleGrant[]): string[] | null {
  if (!grants.length || grants.some((grant) => grant.merchant_ids === null)) {
    return null
  }
  return [...new Set(grants.flatMap((grant) => grant.merchant_ids ?? []))]
}

/** A requested item as Medusa's fulfilment body names it (`items[].id`). */
export type RequestedItem = { id?: unknown }

/**
 * The index of the first requested item that a caller limited to `merchantIds` may not fulfil: an item that is not a
 * line of the order, or whose seller (docs/api.md#merchant-scope) is not one of those merchants. null when every
 * item is its own.
 */
export function firstForeignItem(
  requested: readonly RequestedItem[],
  lines: readonly { id: string; seller: LineSeller | null }[],
  merchantIds: readonly string[]
): number | null {
  const sellerOf = new Map(lines.map((line) => [line.id, line.seller]))
  const index = requested.findIndex((item) => {
    const seller = typeof item?.id === "string" ? sellerOf.get(item.id) : undefined
    return !seller?.merchant_id || !merchantIds.includes(seller.merchant_id)
  })
  return index === -1 ? null : index
}
