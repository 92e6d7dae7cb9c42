import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { recordAuditEntryStep, type RecordAuditEntryStepInput } from "../steps/record-audit-entry"

export type RecordAuditEntryWorkflowInput = RecordAuditEntryStepInput

export const recordAuditEntryWorkflowId = "record-audit-entry"

/**
 * Records one money action in the audit trail (docs/api.md#audit-entries). Routes run it through `withAuditEntry`
 * once the action's workflow has succeeded or failed, so failures are recorded with their error code.
 */
export const recordAuditEntryWorkflow = createWorkflow(
  recordAuditEntryWorkflowId,
  (input: RecordAuditEntryWorkflowInput) => new WorkflowResponse(recordAuditEntryStep(input))
)
