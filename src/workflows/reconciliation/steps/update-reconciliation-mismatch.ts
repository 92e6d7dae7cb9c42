import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import type { ReconciliationMismatchRow } from "../../../modules/stripe-connect/types"
import type { MismatchState } from "../../../shared/types/reconciliation"

export type UpdateReconciliationMismatchStepInput = {
  id: string
  state: MismatchState
  note: string | null
  actor_id: string | null
}

type Previous = { id: string; state: MismatchState; note: string | null; updated_by: string | null }

export const updateReconciliationMismatchStepId = "update-stripe-connect-reconciliation-mismatch"

/** This step sets a mismatch's state and note; compensation puts back what it had. */
export const updateReconciliationMismatchStep = createStep(
  updateReconciliationMismatchStepId,
  async (input: UpdateReconciliationMismatchStepInput, { container }) => {
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    const before = await service.retrieveStripeConnectReconciliationMismatch(input.id)
    const updated: ReconciliationMismatchRow = await service.updateStripeConnectReconciliationMismatches({
      id: input.id,
      state: input.state,
      note: input.note ?? before.note,
      updated_by: input.actor_id,
    })
    const previous: Previous = { id: before.id, state: before.state, note: before.note, updated_by: before.updated_by }
    return new StepResponse(updated, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE)
    await service.updateStripeConnectReconciliationMismatches(previous)
  }
)
