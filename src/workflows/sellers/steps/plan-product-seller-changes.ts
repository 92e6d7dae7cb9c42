import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { planSellerChanges, type SellerChangePlan } from "../utils/plan-seller-changes"
import { readProductSellers } from "../utils/read-product-sellers"

export type PlanProductSellerChangesStepInput = {
  target: { connected_account_id: string; merchant_id: string } | null
  product_ids: string[]
  remove_product_ids: string[]
  merchant_ids: string[] | null
}

export const planProductSellerChangesStepId = "plan-product-seller-changes"

/**
 * This step reads the products' current sellers and decides which links to dismiss and create
 * (`planSellerChanges`). A product sold by an account of a merchant outside the caller's scope is a 409 `conflict`
 * naming it, and nothing is changed. It writes nothing; run it under the product-sellers lock.
 */
export const planProductSellerChangesStep = createStep(
  planProductSellerChangesStepId,
  async (input: PlanProductSellerChangesStepInput, { container }) => {
    const current = await readProductSellers(container, [...input.product_ids, ...input.remove_product_ids])
    const plan = planSellerChanges({ ...input, current })
    if (plan.conflicts.length) {
      throw new StripeConnectError(
        "conflict",
        `product_ids: product ${plan.conflicts.join(", ")} is sold by a connected account outside your merchants`,
        { param: "product_ids" }
      )
    }
    return new StepResponse<SellerChangePlan>(plan)
  }
)
