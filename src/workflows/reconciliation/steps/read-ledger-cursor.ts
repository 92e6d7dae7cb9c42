import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { ledgerScopeOf, type LedgerPosition } from "../utils/ledger-scope"

export type ReadLedgerCursorStepInput = { account_id: string | null }

export const readLedgerCursorStepId = "read-stripe-connect-ledger-cursor"

/** This step reads where the last catch-up of a balance stopped (null before the first one). */
export const readLedgerCursorStep = createStep(
  readLedgerCursorStepId,
  async (input: ReadLedgerCursorStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const cursor = await service.retrieveLedgerCursor(ledgerScopeOf(input.account_id))
    const position: LedgerPosition | null = cursor
      ? { created: Math.floor(cursor.created.getTime() / 1000), balance_transaction_id: cursor.balance_transaction_id }
      : null
    return new StepResponse(position)
  }
)
