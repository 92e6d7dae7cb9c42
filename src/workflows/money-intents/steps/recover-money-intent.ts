import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { recoverMoneyIntent } from "../utils/recover-money-intent"

export type RecoverMoneyIntentStepInput = { money_intent_id: string }

export type RecoverMoneyIntentStepOutput = { outcome: "completed" | "refused" | "settled" }

export const recoverMoneyIntentStepId = "recover-stripe-connect-money-intent"

/**
 * This step completes one pending money intent (a transfer, refund, payout or capture whose Stripe answer was
 * never recorded): Stripe is asked again with the stored key and parameters, and the local record written.
 * An intent that is no longer pending is `settled` already. No compensation: what Stripe made stays recorded.
 */
export const recoverMoneyIntentStep = createStep(
  recoverMoneyIntentStepId,
  async (input: RecoverMoneyIntentStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const [intent] = await service.listStripeConnectMoneyIntents({ id: input.money_intent_id }, { take: 1 })
    if (!intent || intent.status !== "pending") {
      return new StepResponse<RecoverMoneyIntentStepOutput>({ outcome: "settled" })
    }
    return new StepResponse<RecoverMoneyIntentStepOutput>({ outcome: await recoverMoneyIntent(container, intent) })
  }
)
