import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { STRIPE_CONNECT_MODULE } from "../../../modules/stripe-connect"
import type StripeConnectModuleService from "../../../modules/stripe-connect/service"
import { mapStripeError } from "../../../modules/stripe-connect/errors/map-stripe-error"

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
    const stripe = container.resolve<StripeConnectModuleService>(STRIPE_CONNECT_MODULE).getStripeClient()
    const ids: Record<string, string> = {}
    for (const upload of input.uploads) {
      try {
        const file = await stripe.files.create(
          {
            purpose: "dispute_evidence",
            file: { data: Buffer.from(upload.data_base64, "base64"), name: upload.filename, type: upload.content_type },
          },
          input.stripe_account ? { stripeAccount: input.stripe_account } : undefined
        )
        ids[upload.field] = file.id
      } catch (error) {
        throw mapStripeError(error, { accountId: input.stripe_account ?? undefined, action: `upload the ${upload.field} evidence file` })
      }
    }
    return new StepResponse(ids)
  }
)
