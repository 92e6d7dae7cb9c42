import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type CompleteMoneyIntentStepInput = {
  money_intent_id: string
  stripe_object_id: string
}

export const completeMoneyIntentStepId = "complete-stripe-connect-money-intent"

/**
 * This step marks a money movement's intent completed once its local record is written, so recovery leaves it
 * alone. No compensation: the Stripe object and its record exist.
 */
export const completeMoneyIntentStep = createStep(
  completeMoneyIntentStepId,
  async (input: CompleteMoneyIntentStepInput, { container }) => {
    await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).updateStripeConnectMoneyIntents({
      id: input.money_intent_id,
      status: "completed",
      stripe_object_id: input.stripe_object_id,
    })
    return new StepResponse(input.money_intent_id)
  }
)
