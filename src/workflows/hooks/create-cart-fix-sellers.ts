import { createCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../modules/stripe-connect"
import type StripeConnectModuleService from "../../modules/stripe-connect/service"
import { fixCartItemSellers, productIdsOfCart } from "../sellers/utils/cart-sellers"

// A cart created with items fixes their sellers as adding them would (docs/api.md#product-sellers).
createCartWorkflow.hooks.cartCreated(
  async ({ cart }, { container }) => {
    const productIds = await productIdsOfCart(container, cart.id)
    const inserted = await fixCartItemSellers(container, cart.id, productIds, { includeUnsold: false })
    return new StepResponse(undefined, inserted)
  },
  async (inserted, { container }) => {
    if (!inserted?.length) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.deleteCartItemSellers(inserted)
  }
)
