import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import type { PlannedCartItemSeller } from "../utils/cart-sellers"

export type RecordCheckoutSellersStepInput = {
  cart_id: string
  planned: PlannedCartItemSeller[]
}

export const recordCheckoutSellersStepId = "record-checkout-sellers"

/**
 * This step fixes the sellers a payment session was decided on, for the cart lines that had none, once every check
 * of the session has passed (a refused session writes nothing). The first record of a line wins: when a concurrent
 * session fixed one of these lines to another seller first, this session is refused with a 409 and can be retried.
 */
export const recordCheckoutSellersStep = createStep(
  recordCheckoutSellersStepId,
  async (input: RecordCheckoutSellersStepInput, { container }) => {
    if (!input.planned.length) {
      return new StepResponse(undefined, [] as string[])
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const inserted = await service.recordCartItemSellers(input.planned)
    if (inserted.length < input.planned.length) {
      const stored = await service.listCartItemSellers({
        cart_id: input.cart_id,
        product_id: input.planned.map((line) => line.product_id),
      })
      const storedAccount = new Map(stored.map((row) => [row.product_id, row.connected_account_id ?? null]))
      const moved = input.planned.find((line) => storedAccount.get(line.product_id) !== line.connected_account_id)
      if (moved) {
        throw new StripeConnectError(
          "conflict",
          `The seller of product ${moved.product_id} in cart ${input.cart_id} was fixed by another payment session at the same time; create the payment session again`
        )
      }
    }
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
