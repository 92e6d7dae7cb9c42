import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { StripeConnectAccountEvents } from "../../../types/accounts"
import {
  applyStripeAccountUpdateStep,
  type ApplyStripeAccountUpdateStepInput,
} from "../steps/apply-stripe-account-update"
import { applyStripeAccountToIntegrationsStep } from "../../integrations/steps/apply-stripe-account-to-integrations"

export type ApplyStripeAccountUpdateWorkflowInput = ApplyStripeAccountUpdateStepInput

export const applyStripeAccountUpdateWorkflowId = "apply-stripe-account-update"

/**
 * Keeps the stored connected account (and any OAuth integration of the same Stripe account) current with a
 * Stripe account object, skipping events older than what was applied, and emits `stripe.account_updated`
 * with `{ id, account_id, merchant_id, previous_status, status }` when the connected account was updated.
 */
export const applyStripeAccountUpdateWorkflow = createWorkflow(
  applyStripeAccountUpdateWorkflowId,
  (input: ApplyStripeAccountUpdateWorkflowInput) => {
    const result = applyStripeAccountUpdateStep(input)
    applyStripeAccountToIntegrationsStep(input)

    when({ result }, ({ result }) => result.applied).then(() => {
      const data = transform({ result }, ({ result }) =>
        result.applied
          ? {
              id: result.id,
              account_id: result.account_id,
              merchant_id: result.merchant_id,
              previous_status: result.previous_status,
              status: result.status,
            }
          : {}
      )
      emitEventStep({ eventName: StripeConnectAccountEvents.ACCOUNT_UPDATED, data })
    })
    return new WorkflowResponse(result)
  }
)
