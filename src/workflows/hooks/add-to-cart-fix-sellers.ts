import { addToCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../modules/stripe-connect"
import type StripeConnectModuleService from "../../modules/stripe-connect/service"
import { fixCartItemSellers, productIdsOfVariants } from "../sellers/utils/cart-sellers"

// The seller of a product is fixed on the server when it enters the cart (docs/api.md#product-sellers): a later
// change of the product's seller does not move this cart's money. The add's own lock on the cart is held here.
addToCartWorkflow.hooks.validate(
  async ({ input, cart }, { container }) => {
    const variantIds = (input.items ?? []).flatMap((item) => (item.variant_id ? [item.variant_id] : []))
    const productIds = await productIdsOfVariants(container, variantIds)
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
