import type Stripe from "stripe"
import { createStep, StepResponse, type StepFunction } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type RetrieveStripeAccountStepInput = { account_id: string }

export const retrieveStripeAccountStepId = "retrieve-stripe-account"

/**
 * This step reads a connected account from Stripe as it is now. It only reads, so there is nothing to compensate.
 */
export const retrieveStripeAccountStep: StepFunction<RetrieveStripeAccountStepInput, Stripe.Account> = createStep(
  retrieveStripeAccountStepId,
  async ({ account_id }: RetrieveStripeAccountStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    return new StepResponse(await gateway.accounts.retrieve(account_id))
  }
)
