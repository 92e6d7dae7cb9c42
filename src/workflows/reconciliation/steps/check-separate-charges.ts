import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { checkSeparateCharge } from "../../../modules/stripe-connect/reconciliation/check-separate-charge"
import type { StripeReconciliationMismatchEventData } from "../../../types/reconciliation"
import { toMismatchEventData } from "../utils/mismatch-event"
import { platformOverdueBefore } from "../utils/platform-overdue-before"

export type CheckSeparateChargesStepInput = { account_id: string | null }

export const checkSeparateChargesStepId = "check-stripe-connect-separate-charges"

/** Multi-seller charges read and checked at a time. */
const PAGE_SIZE = 500

/**
 * This step checks the platform's multi-seller charges that its ledger is an hour past (see `isLineOverdue`): each
 * seller paid by a transfer the ledger holds (`missing_transfer`), the platform's share, the charge minus its
 * transfers, equal to what the split leaves it (`platform_share_mismatch`), and each seller's platform fee against
 * its fee configuration then (`fee_configuration_mismatch`); see `checkSeparateCharge`. Each charge is checked once
 * and marked; a refund, reversal, dispute or transfer touching it later makes it due again (docs/api.md#matching).
 * It runs after the platform's sync only. No compensation: a mismatch found describes the data as it is, and an
 * unmarked charge is only checked again.
 */
export const checkSeparateChargesStep = createStep(
  checkSeparateChargesStepId,
  async (input: CheckSeparateChargesStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const before = await platformOverdueBefore(service, input.account_id)
    if (!before) {
      return new StepResponse<StripeReconciliationMismatchEventData[]>([])
    }
    const found: StripeReconciliationMismatchEventData[] = []
    for (;;) {
      const readAt = new Date()
      const charges = await service.listSeparateChargesToCheck(before, PAGE_SIZE)
      const stored = await service.storeReconciliationMismatches(charges.flatMap(checkSeparateCharge))
      await service.markSeparateChargesChecked(
        charges.map((charge) => charge.payment_id),
        readAt
      )
      found.push(...stored.map(toMismatchEventData))
      if (charges.length < PAGE_SIZE) {
        break
      }
    }
    return new StepResponse(found)
  }
)
