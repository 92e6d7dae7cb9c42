import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { PayLinkRow } from "../../../modules/stripe-connect/types"

export type UpdatePayLinkRecordStepInput = { id: string; update: Partial<Omit<PayLinkRow, "id" | "created_at">> }

export const updatePayLinkRecordStepId = "update-stripe-connect-pay-link-record"

/** This step updates a stored pay link. Compensation puts back the fields it changed. */
export const updatePayLinkRecordStep = createStep(
  updatePayLinkRecordStepId,
  async (input: UpdatePayLinkRecordStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const before = await service.retrieveStripeConnectPayLink(input.id)
    const snapshot: Record<string, unknown> = {}
    for (const key of Object.keys(input.update)) {
      snapshot[key] = before[key as keyof PayLinkRow]
    }
    const updated = await service.updateStripeConnectPayLinks({ id: input.id, ...input.update })
    return new StepResponse(updated, { id: input.id, snapshot })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container
      .resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
      .updateStripeConnectPayLinks({ id: previous.id, ...previous.snapshot })
  }
)
