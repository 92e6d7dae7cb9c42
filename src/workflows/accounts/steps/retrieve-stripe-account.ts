import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"

export type RetrieveStripeAccountStepInput = { account_id: string }

export const retrieveStripeAccountStepId = "retrieve-stripe-account"

/**
 * This step reads a connected account from Stripe as it is now. It only reads, so there is nothing to compensate.
 */
export const retrieveStripeAccountStep = createStep(
  retrieveStripeAccountStepId,
  async ({ account_id }: RetrieveStripeAccountStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    try {
      const account = await service.getStripeClient().accounts.retrieve(account_id)
      return new StepResponse(account)
    } catch (error) {
      throw mapStripeError(error, { accountId: account_id, action: "read the connected account" })
    }
  }
)
