import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { readCheckoutCart } from "../../payments/utils/checkout-cart"
import { contradictsLinkedSeller, requestedSellerField } from "../../payments/utils/checkout-payee"
import {
  planCartItemSellers,
  productIdsOfCart,
  readCartSellers,
  type CartSeller,
  type PlannedCartItemSeller,
} from "../utils/cart-sellers"
import { decideCheckoutSplit, type CheckoutPayee, type CheckoutSplit } from "../utils/decide-checkout-split"

export type ResolveCheckoutSellersStepInput = {
  payment_collection_id: string
  requested_account_id?: string | null
  requested_merchant_id?: string | null
}

export type CheckoutSellers = {
  split: Exclude<CheckoutSplit, { mode: "no_payee" }>
  cart_id: string
  /** The payment collection's amount in minor units. */
  amount: number
  currency: string
  /** The sellers of lines that had none fixed: recorded by `recordCheckoutSellersStep` once the session is accepted. */
  planned: PlannedCartItemSeller[]
}

type RequestedPayee = { account_id?: string | null; merchant_id?: string | null }
type PayingSplit = CheckoutSellers["split"]

export const resolveCheckoutSellersStepId = "resolve-checkout-sellers"

/**
 * This step decides who a storefront payment pays from the sellers fixed for the cart's products
 * (docs/api.md#storefront-payment-session). It writes nothing: lines without a fixed seller are decided from the
 * product's current seller (or none) and answered as `planned`, for the workflow's last step to record. A cart whose products have no seller is left to the sales
 * channel (`mode: "channel"`). One seller: a destination charge to it, which must be able to take charges (401
 * `account_not_onboarded`). Several: separate charges, and every seller must be able to receive transfers (a 400
 * naming the product otherwise). A storefront naming a seller the products do not decide is a 400.
 */
export const resolveCheckoutSellersStep = createStep(
  resolveCheckoutSellersStepId,
  async (input: ResolveCheckoutSellersStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const {
      cart_id: cartId,
      sales_channel_id,
      amount,
      currency,
    } = await readCheckoutCart(container, input.payment_collection_id)

    const productIds = [...new Set(await productIdsOfCart(container, cartId))]
    const requested = { account_id: input.requested_account_id, merchant_id: input.requested_merchant_id }
    const channel = await channelPayee(service, sales_channel_id)
    const planned = await planCartItemSellers(container, cartId, productIds, { includeUnsold: true })
    const recorded = await readCartSellers(container, cartId)
    const split = await checkedSplit(
      service,
      cartId,
      sellersOf(productIds, [...recorded, ...planned]),
      channel,
      requested
    )
    return new StepResponse<CheckoutSellers>({ split, cart_id: cartId, amount, currency, planned })
  }
)

/** The recorded seller of each product of the cart, in the cart's order (a product without a record is left out). */
function sellersOf(productIds: string[], sellers: CartSeller[]): CartSeller[] {
  const byProduct = new Map(sellers.map((seller) => [seller.product_id, seller]))
  return productIds.flatMap((productId) => {
    const seller = byProduct.get(productId)
    return seller ? [seller] : []
  })
}

/** Who the cart pays, once every refusal has been checked (see the step's comment). */
async function checkedSplit(
  service: StripeConnectModuleService,
  cartId: string,
  lines: CartSeller[],
  channel: CheckoutPayee | null,
  requested: RequestedPayee
): Promise<PayingSplit> {
  const split = decideCheckoutSplit(lines, channel)
  if (split.mode === "no_payee") {
    throw new StripeConnectError(
      "account_not_found",
      `Product ${split.product_ids.join(", ")} of cart ${cartId} has no seller, and the cart's sales channel has no connected account to pay for it`
    )
  }
  if (split.mode === "destination") {
    const contradicting = contradictsLinkedSeller(split.payee, requested)
    if (contradicting) {
      throw new StripeConnectError(
        "invalid_request",
        `${contradicting}: the cart's products decide who is paid; leave ${contradicting} out`,
        { param: contradicting }
      )
    }
    const account = await service.retrieveConnectedAccount(split.payee.connected_account_id)
    if (!account.charges_enabled) {
      throw new StripeConnectError(
        "account_not_onboarded",
        `Connected account ${account.stripe_account_id} cannot take charges yet: its onboarding is incomplete`
      )
    }
  }
  if (split.mode === "separate_charges") {
    const field = requestedSellerField(requested)
    if (field) {
      throw new StripeConnectError(
        "invalid_request",
        `${field}: the cart's products decide who is paid; leave ${field} out`,
        { param: field }
      )
    }
    const accounts = await service.listConnectedAccounts({
      id: split.payees.map((payee) => payee.connected_account_id),
    })
    const canReceive = new Set(
      accounts
        .filter((account) => (account.capabilities as Record<string, unknown> | null)?.transfers === "active")
        .map((account) => account.id)
    )
    const refused = split.payees.find((payee) => !canReceive.has(payee.connected_account_id))
    if (refused) {
      throw new StripeConnectError(
        "invalid_request",
        `items: product ${refused.product_ids.join(", ")} is sold by ${refused.stripe_account_id}, which cannot receive transfers yet (its transfers capability is not active); remove it from the cart or check out once the seller's onboarding is complete`,
        { param: "items" }
      )
    }
  }
  return split
}

/** The account owning the cart's sales channel, if any. */
async function channelPayee(
  service: StripeConnectModuleService,
  salesChannelId: string | null
): Promise<CheckoutPayee | null> {
  const [owner] = salesChannelId
    ? await service.listSalesChannelAccounts({ sales_channel_id: salesChannelId }, { take: 1 })
    : []
  if (!owner) {
    return null
  }
  const account = await service.retrieveConnectedAccount(owner.connected_account_id)
  return {
    connected_account_id: account.id,
    stripe_account_id: account.stripe_account_id,
    merchant_id: account.merchant_id,
  }
}
