import type Stripe from "stripe"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { accountMirrorFromStripe } from "../../../modules/stripe-connect/accounts/account-from-stripe"
import { stripeIdempotencyKeys } from "../../../modules/stripe-connect/stripe"
import { stripeModeFromApiKey } from "../../../modules/stripe-connect/accounts/stripe-mode"
import type { ConnectedAccountType } from "../../../shared/types/accounts"
import { runLocked } from "../../../modules/stripe-connect/locking/run-locked"
import { controllerForAccountType } from "../../../modules/stripe-connect/accounts/controller-for-account-type"

export type CreateOrGetConnectedAccountStepInput = {
  merchant_id: string
  account_type: ConnectedAccountType
  business_type?: Stripe.AccountCreateParams.BusinessType
  country?: string
  email?: string
  business_profile?: Stripe.AccountCreateParams.BusinessProfile
  capabilities?: Record<string, boolean>
}

export const createOrGetConnectedAccountStepId = "create-or-get-connected-account"

const DEFAULT_CAPABILITIES: Record<string, boolean> = { card_payments: true, transfers: true }

/**
 * This step returns the merchant's connected account for the platform's mode, creating it at Stripe and storing
 * it when there is none. Three things keep it to one account per merchant and mode, also under concurrent
 * requests: a lock on merchant + mode around find-create-store, an idempotency key derived from merchant + mode
 * (so Stripe itself answers a repeated creation with the same account), and a unique index (a losing insert
 * returns the stored winner).
 *
 * Compensation deletes the stored row it created. It does not delete the Stripe account: the next attempt
 * reaches Stripe with the same idempotency key and gets that same account back, so nothing is orphaned.
 */
export const createOrGetConnectedAccountStep = createStep(
  createOrGetConnectedAccountStepId,
  async (input: CreateOrGetConnectedAccountStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const locking = container.resolve<ILockingModule>(Modules.LOCKING)
    const mode = stripeModeFromApiKey((await service.getOptions()).apiKey)
    const findExisting = async () => {
      const [existing] = await service.listConnectedAccounts({ merchant_id: input.merchant_id, mode })
      return existing
    }

    const locked = await runLocked(locking, `stripe-connect:account:${input.merchant_id}:${mode}`, async () => {
      const existing = await findExisting()
      if (existing) {
        return new StepResponse({ account: existing, created: false }, null)
      }

      const requested = input.capabilities ?? (input.account_type === "standard" ? {} : DEFAULT_CAPABILITIES)
      let stripeAccount: Stripe.Account
      try {
        const gateway = await service.getStripeGateway()
        stripeAccount = await gateway.accounts.create(
          {
            controller: controllerForAccountType(input.account_type),
            ...(input.country ? { country: input.country } : {}),
            ...(input.email ? { email: input.email } : {}),
            ...(input.business_type ? { business_type: input.business_type } : {}),
            ...(input.business_profile ? { business_profile: input.business_profile } : {}),
            ...(Object.values(requested).some(Boolean)
              ? {
                  capabilities: Object.fromEntries(
                    Object.entries(requested)
                      .filter(([, wanted]) => wanted)
                      .map(([name]) => [name, { requested: true }])
                  ),
                }
              : {}),
            metadata: { merchant_id: input.merchant_id, medusa_plugin: "stripe-connect" },
          },
          stripeIdempotencyKeys.createAccount(input.merchant_id, mode)
        )
      } catch (error) {
        // Another instance may have won the race while Stripe answered this one with an idempotency clash.
        const winner = await findExisting()
        if (winner) {
          return new StepResponse({ account: winner, created: false }, null)
        }
        throw error
      }

      const mirror = accountMirrorFromStripe(stripeAccount)
      try {
        const account = await service.createConnectedAccounts({
          ...mirror,
          stripe_account_id: stripeAccount.id,
          merchant_id: input.merchant_id,
          mode,
          type: input.account_type,
          requested_capabilities: requested,
        })
        return new StepResponse({ account, created: true }, account.id)
      } catch (error) {
        const winner = await findExisting()
        if (winner) {
          return new StepResponse({ account: winner, created: false }, null)
        }
        throw error
      }
    })
    return new StepResponse(locked.output, locked.compensateInput)
  },
  async (createdId, { container }) => {
    if (!createdId) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.deleteConnectedAccounts(createdId)
  }
)
