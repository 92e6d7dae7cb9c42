import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { StripeConnectError } from "../../../modules/stripe-connect/errors/stripe-connect-error"
import { stripeModeFromApiKey } from "../../../modules/stripe-connect/accounts/stripe-mode"
import { toMinorUnits } from "../../../modules/stripe-connect/money"

export type ResolveCheckoutAccountStepInput = {
  payment_collection_id: string
  /** What the storefront asked for in the session data; used only when the cart's sales channel has no account. */
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

type Row = Record<string, unknown>

export const resolveCheckoutAccountStepId = "resolve-checkout-connected-account"

/**
 * This step finds who a storefront payment pays: the connected account linked to the cart's sales channel; only
 * when the channel has none, the account (or the merchant's account) the storefront named in the session data.
 * A named account that differs from the channel's is refused (400), so a client cannot redirect a merchant's sale.
 * No account: 404 `account_not_found`; an account that cannot take charges: 401 `account_not_onboarded`.
 * It writes nothing.
 */
export const resolveCheckoutAccountStep = createStep(
  resolveCheckoutAccountStepId,
  async (input: ResolveCheckoutAccountStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)

    const { data: collections } = await query.graph({
      entity: "payment_collection",
      fields: ["id", "amount", "currency_code"],
      filters: { id: input.payment_collection_id },
    })
    const collection = collections[0] as Row | undefined
    const { data: cartLinks } = await query.graph({
      entity: "cart_payment_collection",
      fields: ["cart_id"],
      filters: { payment_collection_id: input.payment_collection_id },
    })
    const cartId = (cartLinks[0] as Row | undefined)?.cart_id as string | undefined
    if (!collection || !cartId) {
      throw new StripeConnectError("not_found", `Payment collection ${input.payment_collection_id} belongs to no cart`)
    }
    const { data: carts } = await query.graph({
      entity: "cart",
      fields: ["id", "sales_channel_id"],
      filters: { id: cartId },
    })
    const salesChannelId = (carts[0] as Row | undefined)?.sales_channel_id as string | undefined

    let linkedAccountId: string | undefined
    if (salesChannelId) {
      const { data: channels } = await query.graph({
        entity: "sales_channel",
        fields: ["id", "connected_account.id"],
        filters: { id: salesChannelId },
      })
      linkedAccountId = ((channels[0] as Row | undefined)?.connected_account as Row | null | undefined)?.id as
        string | undefined
    }

    const mode = stripeModeFromApiKey((await service.getOptions()).apiKey)
    let account
    if (linkedAccountId) {
      ;[account] = await service.listConnectedAccounts({ id: linkedAccountId }, { take: 1 })
      if (account && input.requested_account_id && input.requested_account_id !== account.stripe_account_id) {
        throw new StripeConnectError(
          "invalid_request",
          `data.account_id: the cart's sales channel is paid to another connected account; leave account_id out`,
          { param: "data.account_id" }
        )
      }
    } else if (input.requested_account_id) {
      ;[account] = await service.listConnectedAccounts({ stripe_account_id: input.requested_account_id }, { take: 1 })
    } else if (input.requested_merchant_id) {
      ;[account] = await service.listConnectedAccounts({ merchant_id: input.requested_merchant_id, mode }, { take: 1 })
    }
    if (!account) {
      throw new StripeConnectError(
        "account_not_found",
        `No connected account takes payments for cart ${cartId}: link its sales channel to one, or name account_id or merchant_id`
      )
    }
    if (!account.charges_enabled) {
      throw new StripeConnectError(
        "account_not_onboarded",
        `Connected account ${account.stripe_account_id} cannot take charges yet: its onboarding is incomplete`
      )
    }
    const currency = String(collection.currency_code).toLowerCase()
    return new StepResponse<CheckoutAccount>({
      stripe_account_id: account.stripe_account_id,
      merchant_id: account.merchant_id,
      cart_id: cartId,
      amount: toMinorUnits(collection.amount as string | number, currency),
      currency,
    })
  }
)
