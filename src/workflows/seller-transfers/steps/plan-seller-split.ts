import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { planSellerSplit, type PlanSellerSplitInput } from "../utils/plan-seller-split"

export type PlanSellerSplitStepInput = PlanSellerSplitInput

export const planSellerSplitStepId = "plan-stripe-connect-seller-split"

/** This step stores a multi-seller charge's split record (`planSellerSplit`); compensation deletes rows it created. */
export const planSellerSplitStep = createStep(
  planSellerSplitStepId,
  async (input: PlanSellerSplitStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const { rows, created } = await planSellerSplit(service, input)
    return new StepResponse(rows, created ? rows.map((row) => row.id) : [])
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.deleteStripeConnectSellerTransfers(createdIds)
  }
)
