import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"

export type DisputeFileUpload = { field: string; filename: string; content_type: string; data_base64: string }

export type UploadDisputeFilesStepInput = {
  uploads: DisputeFileUpload[]
  /** Stripe-Account for disputes on a connected account; null for the platform. */
  stripe_account?: string | null
}

export const uploadDisputeFilesStepId = "upload-stripe-connect-dispute-files"

/**
 * This step uploads evidence files to Stripe (`purpose=dispute_evidence`) and returns the file id per evidence
 * field. There is no compensation: Stripe has no way to delete an uploaded file; an unused one is harmless.
 */
export const uploadDisputeFilesStep = createStep(
  uploadDisputeFilesStepId,
  async (input: UploadDisputeFilesStepInput, { container }) => {
    const gateway = await container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeGateway()
    const ids: Record<string, string> = {}
    for (const upload of input.uploads) {
      const file = await gateway.files.create(
        {
          purpose: "dispute_evidence",
          file: { data: Buffer.from(upload.data_base64, "base64"), name: upload.filename, type: upload.content_type },
        },
        input.stripe_account
      )
      ids[upload.field] = file.id
    }
    return new StepResponse(ids)
  }
)
