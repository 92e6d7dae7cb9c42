import { useState } from "react"
import { useCreateIntegration } from "../hooks/use-integrations"
import { FormModal, TextField } from "./form-modal"
import { useFormDialog } from "./use-form-dialog"

/** Spec 004 "Create Stripe Integration": a named placeholder, connected afterwards through OAuth. */
export const CreateIntegrationModal = () => {
  const dialog = useFormDialog()
  const [name, setName] = useState("")
  const [merchantId, setMerchantId] = useState("")
  const create = useCreateIntegration()

  const submit = () => {
    dialog.setError(null)
    if (!name.trim()) return dialog.setError("name: required")
    create.mutate(
      { name: name.trim(), ...(merchantId.trim() ? { merchant_id: merchantId.trim() } : {}) },
      dialog.callbacks(
        ({ integration }) => ({ message: "Integration created", description: integration.name }),
        () => {
          setName("")
          setMerchantId("")
        }
      )
    )
  }

  return (
    <FormModal
      dialog={dialog}
      trigger="Create integration"
      title="Create Stripe integration"
      description={'Then use "Connect with Stripe" to link an existing Stripe account through OAuth.'}
      submitLabel="Create"
      onSubmit={submit}
      isSubmitting={create.isPending}
    >
      <TextField id="integration-name" label="Name" value={name} onChange={setName} />
      <TextField id="integration-merchant" label="Merchant ID (optional)" value={merchantId} onChange={setMerchantId} />
    </FormModal>
  )
}
