/** A product's current seller, as the product ↔ connected account link holds it. */
export type CurrentSeller = { product_id: string; connected_account_id: string; merchant_id: string }

export type SellerLink = { product_id: string; connected_account_id: string }

export type SellerChangeRequest = {
  /** The stored account (`scacct_...`) to sell `product_ids`, with its merchant; null clears their seller. */
  target: { connected_account_id: string; merchant_id: string } | null
  product_ids: string[]
  /** Products the target account stops selling; ignored where the target does not sell them. */
  remove_product_ids: string[]
  current: CurrentSeller[]
  /** The caller's merchants (null: every merchant). */
  merchant_ids: string[] | null
}

export type SellerChangePlan = {
  dismiss: SellerLink[]
  create: SellerLink[]
  /** Products sold by an account outside the caller's merchants: the caller may not take them or clear them. */
  conflicts: string[]
}

/**
 * What to unlink and link so that every product of `product_ids` is sold by the target (or by nobody), and the
 * products of `remove_product_ids` are no longer sold by it. A product already sold by the target is left alone;
 * one sold by another account moves, unless that account belongs to a merchant outside the caller's scope.
 */
export function planSellerChanges(request: SellerChangeRequest): SellerChangePlan {
  const { target, merchant_ids: scope } = request
  const byProduct = new Map(request.current.map((seller) => [seller.product_id, seller]))
  const plan: SellerChangePlan = { dismiss: [], create: [], conflicts: [] }
  for (const productId of new Set(request.product_ids)) {
    const current = byProduct.get(productId)
    if (current && target && current.connected_account_id === target.connected_account_id) {
      continue
    }
    if (current && scope !== null && !scope.includes(current.merchant_id)) {
      plan.conflicts.push(productId)
      continue
    }
    if (current) {
      plan.dismiss.push({ product_id: productId, connected_account_id: current.connected_account_id })
    }
    if (target) {
      plan.create.push({ product_id: productId, connected_account_id: target.connected_account_id })
    }
  }
  if (target) {
    for (const productId of new Set(request.remove_product_ids)) {
      if (byProduct.get(productId)?.connected_account_id === target.connected_account_id) {
        plan.dismiss.push({ product_id: productId, connected_account_id: target.connected_account_id })
      }
    }
  }
  return plan
}
