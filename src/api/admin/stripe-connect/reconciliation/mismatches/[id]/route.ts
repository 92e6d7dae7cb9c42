import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { MismatchDocument } from "../../../../../../shared/types/reconciliation"
import { updateReconciliationMismatchWorkflow } from "../../../../../../workflows/reconciliation/workflows/update-reconciliation-mismatch"
import { retrieveScopedMismatch } from "../../helpers"
import { toMismatchDocument } from "../../serializers"
import type { AdminUpdateReconciliationMismatchType } from "../../validators"

/** Update mismatch (docs/api.md#update-mismatch): explain it with a note, resolve it, or open it again. */
export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateReconciliationMismatchType>,
  res: MedusaResponse<{ mismatch: MismatchDocument }>
) => {
  const mismatch = await retrieveScopedMismatch(req, req.params.id)
  const { result } = await updateReconciliationMismatchWorkflow(req.scope).run({
    input: {
      id: mismatch.id,
      state: req.validatedBody.state,
      note: req.validatedBody.note ?? null,
      actor_id: req.auth_context?.actor_id ?? null,
    },
  })
  res.json({ mismatch: toMismatchDocument(result) })
}
