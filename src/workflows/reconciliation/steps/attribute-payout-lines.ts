import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { balanceTransactionPages } from "../utils/balance-transaction-pages"

export type AttributePayoutLinesStepInput = {
  account_id: string | null
  payout_ids: string[]
}

export const attributePayoutLinesStepId = "attribute-stripe-connect-payout-lines"

/**
 * This step asks Stripe which lines each payout settled (`GET /v1/balance_transactions?payout=`) and marks the
 * stored lines with the payout. Stripe lists the settled lines of automatic payouts; for a manual payout it lists
 * the payout's own line only. Answers how many stored lines changed. No compensation: the attribution is Stripe's
 * and writing it again changes nothing.
 */
export const attributePayoutLinesStep = createStep(
  attributePayoutLinesStepId,
  async (input: AttributePayoutLinesStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    if (!input.payout_ids.length) {
      return new StepResponse(0)
    }
    const gateway = await service.getStripeGateway()
    let attributed = 0
    for (const payoutId of input.payout_ids) {
      for await (const page of balanceTransactionPages(gateway, {
        stripeAccount: input.account_id,
        payout: payoutId,
      })) {
        attributed += await service.attributeBalanceTransactionsToPayout(
          payoutId,
          page.map((txn) => txn.id)
        )
      }
    }
    return new StepResponse(attributed)
  }
)
