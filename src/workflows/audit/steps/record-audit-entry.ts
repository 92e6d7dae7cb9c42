import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { NewAuditEntry } from "../../../modules/stripe-connect/audit/audit-entry-store"

export type RecordAuditEntryStepInput = NewAuditEntry

export const recordAuditEntryStepId = "record-audit-entry"

/**
 * This step writes one entry of the audit trail. It has no compensation on purpose: an entry records what was
 * attempted and how it ended, so nothing ever removes it (the table refuses updates and deletes).
 */
export const recordAuditEntryStep = createStep(
  recordAuditEntryStepId,
  async (input: RecordAuditEntryStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    return new StepResponse(await service.createAuditEntry(input))
  }
)
