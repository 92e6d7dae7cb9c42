import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  updateReconciliationMismatchStep,
  type UpdateReconciliationMismatchStepInput,
} from "../steps/update-reconciliation-mismatch"

export const updateReconciliationMismatchWorkflowId = "update-reconciliation-mismatch"

/** Explains (with a note) or resolves a mismatch (docs/api.md#update-mismatch). */
export const updateReconciliationMismatchWorkflow = createWorkflow(
  updateReconciliationMismatchWorkflowId,
  (input: UpdateReconciliationMismatchStepInput) => {
    const mismatch = updateReconciliationMismatchStep(input)
    return new WorkflowResponse(mismatch)
  }
)
