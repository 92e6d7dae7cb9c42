import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { Modules } from "@medusajs/framework/utils"
import {
  acquireLockStep,
  createRemoteLinkStep,
  dismissRemoteLinkStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import { collectSellerProductsStep } from "../steps/collect-seller-products"
import { planProductSellerChangesStep } from "../steps/plan-product-seller-changes"
import type { SellerLink } from "../utils/plan-seller-changes"

export type AssignProductSellersWorkflowInput = {
  /** The stored account (`scacct_...`) that sells the products, with its merchant; null: the products lose their seller. */
  target: { connected_account_id: string; merchant_id: string } | null
  product_ids: string[]
  collection_id?: string | null
  sales_channel_id?: string | null
  /** Products the target stops selling (only with a target). */
  remove_product_ids?: string[]
  /** The caller's merchants; null for a platform-wide caller. */
  merchant_ids: string[] | null
  /** Names the lock's owner (one per request). */
  request_id: string
}

export type AssignProductSellersWorkflowOutput = { assigned: string[]; removed: string[] }

export const assignProductSellersWorkflowId = "assign-product-sellers"

/** One lock for every seller change: they are rare admin acts, and a product must never end up with two sellers. */
const PRODUCT_SELLERS_LOCK = "stripe-connect:product-sellers"

const toLinks = (links: SellerLink[]) =>
  links.map((link) => ({
    [STRIPE_CONNECT_MODULE]: { connected_account_id: link.connected_account_id },
    [Modules.PRODUCT]: { product_id: link.product_id },
  }))

/**
 * Sets the seller (the connected account paid for it) of products: named ones, a collection's, a sales channel's;
 * clears it with a null target; and takes products away from the target. A product has at most one seller: the
 * previous link is dismissed and the new one created under one lock, so two assignments at once cannot both add a
 * seller. A merchant-scoped caller cannot move or clear a product another merchant's account sells (409). Carts that
 * already hold a product keep the seller fixed when it was added (docs/api.md#product-sellers).
 */
export const assignProductSellersWorkflow = createWorkflow(
  assignProductSellersWorkflowId,
  (input: AssignProductSellersWorkflowInput) => {
    const lockOwner = transform({ input }, ({ input }) => input.request_id)
    acquireLockStep({ key: PRODUCT_SELLERS_LOCK, timeout: 30, ttl: 60, ownerId: lockOwner })
    const productIds = collectSellerProductsStep(
      transform({ input }, ({ input }) => ({
        product_ids: input.product_ids,
        collection_id: input.collection_id,
        sales_channel_id: input.sales_channel_id,
      }))
    )
    const plan = planProductSellerChangesStep(
      transform({ input, productIds }, ({ input, productIds }) => ({
        target: input.target,
        product_ids: productIds,
        remove_product_ids: input.remove_product_ids ?? [],
        merchant_ids: input.merchant_ids,
      }))
    )
    dismissRemoteLinkStep(transform({ plan }, ({ plan }) => toLinks(plan.dismiss)))
    createRemoteLinkStep(transform({ plan }, ({ plan }) => toLinks(plan.create)))
    releaseLockStep({ key: PRODUCT_SELLERS_LOCK, ownerId: lockOwner })
    const result = transform({ plan }, ({ plan }): AssignProductSellersWorkflowOutput => {
      const assigned = new Set(plan.create.map((link) => link.product_id))
      return {
        assigned: [...assigned],
        removed: [...new Set(plan.dismiss.map((link) => link.product_id))].filter((id) => !assigned.has(id)),
      }
    })
    return new WorkflowResponse(result)
  }
)
