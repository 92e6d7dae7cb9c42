import { Button, FocusModal, Heading, Input, Label, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCreateIntegration } from "../hooks/use-integrations"
import { errorMessage } from "../lib/api"

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
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Create integration
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <Button size="small" onClick={submit} isLoading={create.isPending}>
            Create
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center py-16">
          <div className="flex w-full max-w-lg flex-col gap-y-6">
            <div>
              <Heading>Create Stripe integration</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Then use "Connect with Stripe" to link an existing Stripe account through OAuth.
              </Text>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="integration-name">Name</Label>
              <Input id="integration-name" value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="integration-merchant">Merchant ID (optional)</Label>
              <Input id="integration-merchant" value={merchantId} onChange={(e) => setMerchantId(e.target.value)} />
            </div>
            {error && (
              <Text size="small" className="text-ui-fg-error" role="alert">
                {error}
              </Text>
            )}
          </div>
        </FocusModal.Body>
      </FocusModal.Content>
    </FocusModal>
  )
}
