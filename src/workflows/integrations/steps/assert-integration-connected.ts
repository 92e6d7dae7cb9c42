import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { assertIntegrationConnected } from "../../../modules/stripe-connect/integrations/assert-integration-connected"

export type AssertIntegrationConnectedStepInput = { integration_id: string }

export const assertIntegrationConnectedStepId = "assert-stripe-integration-connected"

/**
 * This step refuses to go on when the integration is not connected (400 `integration_not_connected`); workflows
 * that create invoices or pay links run it first. It returns the connected Stripe account id and writes nothing.
 */
export const assertIntegrationConnectedStep = createStep(
  assertIntegrationConnectedStepId,
  async ({ integration_id }: AssertIntegrationConnectedStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const integration = await service.retrieveStripeIntegration(integration_id)
    assertIntegrationConnected(integration)
    return new StepResponse({ id: integration.id, stripe_account_id: integration.stripe_account_id })
  }
)
