import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { StripeMode } from "../../../shared/types/accounts"

export type CreateIntegrationStepInput = {
  name: string
  mode: StripeMode
  merchant_id: string | null
}

export const createIntegrationStepId = "create-stripe-integration"

/**
 * This step stores a new, not yet connected integration instance. Compensation deletes it.
 */
export const createIntegrationStep = createStep(
  createIntegrationStepId,
  async (input: CreateIntegrationStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const integration = await service.createStripeIntegrations({ ...input, status: "pending" })
    return new StepResponse(integration, integration.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.deleteStripeIntegrations(id)
  }
)
