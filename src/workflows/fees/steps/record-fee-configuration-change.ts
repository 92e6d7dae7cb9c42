import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { FeeConfigurationDocument } from "../../../shared/types/fees"

export type RecordFeeConfigurationChangeStepInput = {
  currency_code: string
  actor_id: string
  actor_type: string
  before: FeeConfigurationDocument | null
  after: FeeConfigurationDocument
}

export const recordFeeConfigurationChangeStepId = "record-fee-configuration-change"

/** This step keeps one change of the fee configuration (who, before, after). Compensation deletes it. */
export const recordFeeConfigurationChangeStep = createStep(
  recordFeeConfigurationChangeStepId,
  async (input: RecordFeeConfigurationChangeStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const change = await service.createFeeConfigurationChanges(input)
    return new StepResponse(change, change.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.deleteFeeConfigurationChanges(id)
  }
)
