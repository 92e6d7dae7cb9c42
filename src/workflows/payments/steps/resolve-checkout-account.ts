import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeModeFromApiKey } from "../../../modules/stripe-connect/accounts/stripe-mode"
import type { StripeMode } from "../../../shared/types/accounts"
import { readCheckoutCart } from "../utils/checkout-cart"
import {
  contradictsLinkedSeller,
  isAllowedStorefrontSeller,
  requestedSellerField,
  type CheckoutSellerOptions,
  type RequestedSeller,
} from "../utils/checkout-payee"

export type ResolveCheckoutAccountStepInput = {
  payment_collection_id: string
  /**
   * A seller the storefront named in the session data. With a linked sales channel it must be that channel's
   * account; without one it counts only when the `checkout.allowStorefrontSeller` option lets it.
   */
  requested_account_id?: string | null
  requested_merchant_id?: string | null
}

export type CheckoutAccount = {
  stripe_account_id: string
  merchant_id: string
  cart_id: string
  /** The payment collection's amount in minor units. */
  amount: number
  currency: string
}

type AccountRow = { stripe_account_id: string; merchant_id: string; charges_enabled: boolean }

export const resolveCheckoutAccountStepId = "resolve-checkout-connected-account"

/**
 * This step decides who a storefront payment pays, on the server (docs/api.md#storefront-payment-session): the
 * connected account linked to the cart's sales channel. A storefront naming another account or merchant is
 * refused (400, whatever it names). A channel without an account is refused (404 `account_not_found`, saying
 * so), unless the `checkout.allowStorefrontSeller` option is on: then the storefront may name a merchant that
 * `checkout.storefrontSellers` lists for that channel, and any other name, known or not, gets one same answer.
 * An account that cannot take charges: 401 `account_not_onboarded`. It writes nothing.
 */
export const resolveCheckoutAccountStep = createStep(
  resolveCheckoutAccountStepId,
  async (input: ResolveCheckoutAccountStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const {
      cart_id: cartId,
      sales_channel_id,
      amount,
      currency,
    } = await readCheckoutCart(container, input.payment_collection_id)
    const salesChannelId = sales_channel_id ?? undefined

    // The channel's owner record decides, as it does for the order's merchant (the module link only mirrors it).
    const [owner] = salesChannelId
      ? await service.listSalesChannelAccounts({ sales_channel_id: salesChannelId }, { take: 1 })
      : []
    const linkedAccountId = owner?.connected_account_id

    const options = await service.getOptions()
    const mode = stripeModeFromApiKey(options.apiKey)
    const requested: RequestedSeller = {
      account_id: input.requested_account_id,
      merchant_id: input.requested_merchant_id,
    }
    let account: AccountRow | undefined
    if (linkedAccountId) {
      ;[account] = await service.listConnectedAccounts({ id: linkedAccountId }, { take: 1 })
      const contradicting = account ? contradictsLinkedSeller(account, requested) : null
      if (contradicting) {
        throw new StripeConnectError(
          "invalid_request",
          `${contradicting}: the cart's sales channel is paid to its own connected account; leave ${contradicting} out`,
          { param: contradicting }
        )
      }
    } else {
      account = await storefrontNamedSeller(service, options.checkout, salesChannelId, requested, mode)
    }
    if (!account) {
      throw noPayee(cartId, salesChannelId, options.checkout, requested)
    }
    if (!account.charges_enabled) {
      throw new StripeConnectError(
        "account_not_onboarded",
        `Connected account ${account.stripe_account_id} cannot take charges yet: its onboarding is incomplete`
      )
    }
    return new StepResponse<CheckoutAccount>({
      stripe_account_id: account.stripe_account_id,
      merchant_id: account.merchant_id,
      cart_id: cartId,
      amount,
      currency,
    })
  }
)

/**
 * The seller a storefront named for a channel without a linked account, when the options allow it and the channel
 * lists that merchant; undefined otherwise (unknown and not allowed alike).
 */
async function storefrontNamedSeller(
  service: StripeConnectModuleService,
  options: CheckoutSellerOptions,
  salesChannelId: string | undefined,
  requested: RequestedSeller,
  mode: StripeMode
): Promise<AccountRow | undefined> {
  if (!options.allowStorefrontSeller || !requestedSellerField(requested)) {
    return undefined
  }
  const filter = requested.account_id
    ? { stripe_account_id: requested.account_id, mode }
    : { merchant_id: requested.merchant_id as string, mode }
  const [account] = await service.listConnectedAccounts(filter, { take: 1 })
  const agrees = !requested.merchant_id || account?.merchant_id === requested.merchant_id
  return account && agrees && isAllowedStorefrontSeller(options, salesChannelId, account.merchant_id)
    ? account
    : undefined
}

/** Why nobody is paid: the channel has no account, or the seller the storefront named is not one it may name. */
function noPayee(
  cartId: string,
  salesChannelId: string | undefined,
  options: CheckoutSellerOptions,
  requested: RequestedSeller
): StripeConnectError {
  const field = requestedSellerField(requested)
  if (options.allowStorefrontSeller && field) {
    return new StripeConnectError(
      "account_not_found",
      `${field}: no seller by that id takes payments on the cart's sales channel`,
      { param: field }
    )
  }
  const channel = salesChannelId ? `The sales channel ${salesChannelId} of cart ${cartId}` : `Cart ${cartId}`
  const what = salesChannelId ? "has no connected account" : "has no sales channel, so no connected account"
  return new StripeConnectError(
    "account_not_found",
    `${channel} ${what}: a platform admin links the channel to a merchant's account before its carts can be paid`
  )
}
