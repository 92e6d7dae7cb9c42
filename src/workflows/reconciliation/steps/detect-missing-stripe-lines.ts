import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { missingLineMismatch } from "../../../modules/stripe-connect/reconciliation/mismatch-candidate"
import type { StripeReconciliationMismatchEventData } from "../../../types/reconciliation"
import { toMismatchEventData } from "../utils/mismatch-event"
import { platformOverdueBefore } from "../utils/platform-overdue-before"

export type DetectMissingStripeLinesStepInput = { account_id: string | null }

export const detectMissingStripeLinesStepId = "detect-missing-stripe-connect-lines"

/** At most this many records of each kind are reported per run; the next run reports the rest. */
const RECORD_LIMIT = 500

/**
 * This step raises `missing_stripe_line` for the platform's payments, refunds and transfers that the platform's
 * ledger should hold by now (it holds lines an hour newer than the record; see `isLineOverdue`) and does not. It
 * runs after the platform's sync only: the plugin's charges, refunds and transfers move the platform's balance.
 * No compensation: a mismatch found describes the data as it is.
 */
export const detectMissingStripeLinesStep = createStep(
  detectMissingStripeLinesStepId,
  async (input: DetectMissingStripeLinesStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const before = await platformOverdueBefore(service, input.account_id)
    if (!before) {
      return new StepResponse<StripeReconciliationMismatchEventData[]>([])
    }
    const records = await service.listRecordsWithoutLedgerLines(before, RECORD_LIMIT)
    const stored = await service.storeReconciliationMismatches(records.map(missingLineMismatch))
    return new StepResponse(stored.map(toMismatchEventData))
  }
)
