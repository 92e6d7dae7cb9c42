import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { FeeConfigurationDocument } from "../../../shared/types/fees"
import { saveFeeConfigurationStep } from "../steps/save-fee-configuration"
import { recordFeeConfigurationChangeStep } from "../steps/record-fee-configuration-change"
import { ALL_CURRENCIES } from "../../../modules/stripe-connect/fees"

export type UpdateFeeConfigurationWorkflowInput = {
  /** null or undefined: the platform-wide document; else the document of one currency. */
  currency?: string | null
  /** Already validated (shape and `validateFeeConfiguration`). */
  document: FeeConfigurationDocument
  actor_id: string
  actor_type: string
  /** The caller's merchants when it is limited to some: it may change only their overrides. */
  merchant_ids?: string[] | null
}

export const updateFeeConfigurationWorkflowId = "update-fee-configuration"

/**
 * Replaces a fee configuration document (a caller limited to some merchants: their overrides only) and keeps the
 * change (who, when, before, after).
 */
export const updateFeeConfigurationWorkflow = createWorkflow(
  updateFeeConfigurationWorkflowId,
  (input: UpdateFeeConfigurationWorkflowInput) => {
    const currencyCode = transform({ input }, ({ input }) => input.currency?.toLowerCase() ?? ALL_CURRENCIES)
    const saved = saveFeeConfigurationStep(
      transform({ input, currencyCode }, ({ input, currencyCode }) => ({
        currency_code: currencyCode,
        document: input.document,
        actor_id: input.actor_id,
        merchant_ids: input.merchant_ids,
      }))
    )
    const change = recordFeeConfigurationChangeStep(
      transform({ input, currencyCode, saved }, ({ input, currencyCode, saved }) => ({
        currency_code: currencyCode,
        actor_id: input.actor_id,
        actor_type: input.actor_type,
        before: saved.before,
        after: saved.configuration.document,
      }))
    )
    return new WorkflowResponse({ configuration: saved.configuration, change })
  }
)
