import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { ledgerScopeOf, type LedgerPosition } from "../utils/ledger-scope"

export type AdvanceLedgerCursorStepInput = {
  account_id: string | null
  newest: LedgerPosition | null
}

export const advanceLedgerCursorStepId = "advance-stripe-connect-ledger-cursor"

/**
 * This step moves the balance's cursor to the newest line listed, once every page is stored (it never moves
 * back). No compensation: it is the workflow's last step.
 */
export const advanceLedgerCursorStep = createStep(
  advanceLedgerCursorStepId,
  async (input: AdvanceLedgerCursorStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const newest = input.newest
      ? { created: new Date(input.newest.created * 1000), balance_transaction_id: input.newest.balance_transaction_id }
      : null
    await service.advanceLedgerCursor(ledgerScopeOf(input.account_id), newest)
    return new StepResponse(undefined)
  }
)
