import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateIntegration } from "../hooks/use-integrations"
import { errorMessage } from "../lib/api"
import { FormModal, TextField } from "./form-modal"

/** Spec 004 "Create Stripe Integration": a named placeholder, connected afterwards through OAuth. */
export const CreateIntegrationModal = () => {
  const [open, setOpen] = useState(false)
  const [name, setName] = useState("")
  const [merchantId, setMerchantId] = useState("")
  const [error, setError] = useState<string | null>(null)
  const create = useCreateIntegration()

  const submit = () => {
    setError(null)
    if (!name.trim()) return setError("name: required")
    create.mutate(
      { name: name.trim(), ...(merchantId.trim() ? { merchant_id: merchantId.trim() } : {}) },
      {
        onSuccess: ({ integration }) => {
          toast.success("Integration created", { description: integration.name })
          setOpen(false)
          setName("")
          setMerchantId("")
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <FormModal
      open={open}
      onOpenChange={setOpen}
      trigger="Create integration"
      title="Create Stripe integration"
      description={'Then use "Connect with Stripe" to link an existing Stripe account through OAuth.'}
      submitLabel="Create"
      onSubmit={submit}
      isSubmitting={create.isPending}
      error={error}
    >
      <TextField id="integration-name" label="Name" value={name} onChange={setName} />
      <TextField id="integration-merchant" label="Merchant ID (optional)" value={merchantId} onChange={setMerchantId} />
    </FormModal>
  )
}
