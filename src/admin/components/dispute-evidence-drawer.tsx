import { Checkbox, Input, Label, Textarea, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useSubmitDisputeEvidence, type EvidenceFile } from "../hooks/use-disputes"
import type { DisputeDocument } from "../lib/types"
import { DrawerForm } from "./drawer-form"
import { useFormDialog } from "./use-form-dialog"

const TEXT_FIELDS = [
  { name: "customer_name", label: "Customer name" },
  { name: "customer_email_address", label: "Customer email" },
  { name: "product_description", label: "Product description" },
  { name: "uncategorized_text", label: "Anything else" },
] as const

const FILE_TYPES = ["application/pdf", "image/jpeg", "image/png"]

/** Reads a chosen file as base64 (the API uploads it to Stripe as evidence). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""))
    reader.onerror = () => reject(reader.error)
    reader.readAsDataURL(file)
  })
}

/** Spec 000 "Submit Evidence": stage text and a receipt file, and optionally submit to Stripe (final). */
export const DisputeEvidenceDrawer = ({ dispute }: { dispute: DisputeDocument }) => {
  const staged = dispute.evidence as Record<string, unknown>
  const dialog = useFormDialog()
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(TEXT_FIELDS.map(({ name }) => [name, typeof staged[name] === "string" ? (staged[name] as string) : ""]))
  )
  const [receipt, setReceipt] = useState<File | null>(null)
  const [submitNow, setSubmitNow] = useState(false)
  const submit = useSubmitDisputeEvidence()
  const prompt = usePrompt()

  const save = async () => {
    dialog.setError(null)
    const evidence: Record<string, string | EvidenceFile> = {}
    for (const { name } of TEXT_FIELDS) if (values[name].trim()) evidence[name] = values[name].trim()
    if (receipt) {
      if (!FILE_TYPES.includes(receipt.type)) return dialog.setError("receipt: must be a PDF, JPEG or PNG file")
      if (receipt.size > 5 * 1024 * 1024) return dialog.setError("receipt: at most 5 MB")
      evidence.receipt = { filename: receipt.name, content_type: receipt.type, data_base64: await readAsBase64(receipt) }
    }
    if (!Object.keys(evidence).length && !submitNow) return dialog.setError("evidence: give at least one field, or submit")
    if (submitNow) {
      const confirmed = await prompt({
        title: "Submit evidence to Stripe?",
        description: "Submitting is final: the evidence goes to the card issuer and can no longer be changed.",
        confirmText: "Submit",
        cancelText: "Cancel",
      })
      if (!confirmed) return
    }
    submit.mutate(
      { disputeId: dispute.dispute_id, evidence, submit: submitNow },
      dialog.callbacks(() => ({ message: submitNow ? "Evidence submitted to Stripe" : "Evidence saved" }))
    )
  }

  return (
    <DrawerForm
      dialog={dialog}
      trigger="Evidence"
      triggerDisabled={dispute.status !== "needs_response" || dispute.submitted_at !== null}
      title={`Evidence for ${dispute.dispute_id}`}
      submitLabel={submitNow ? "Submit" : "Save"}
      onSubmit={save}
      isSubmitting={submit.isPending}
    >
      {TEXT_FIELDS.map(({ name, label }) => (
        <div key={name} className="flex flex-col gap-y-1">
          <Label htmlFor={`evidence-${name}`}>{label}</Label>
          {name === "uncategorized_text" || name === "product_description" ? (
            <Textarea id={`evidence-${name}`} value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
          ) : (
            <Input id={`evidence-${name}`} value={values[name]} onChange={(e) => setValues({ ...values, [name]: e.target.value })} />
          )}
        </div>
      ))}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="evidence-receipt">Receipt (PDF, JPEG or PNG, up to 5 MB)</Label>
        <input
          id="evidence-receipt"
          type="file"
          accept={FILE_TYPES.join(",")}
          className="txt-compact-small"
          onChange={(e) => setReceipt(e.target.files?.[0] ?? null)}
        />
      </div>
      <div className="flex items-center gap-x-2">
        <Checkbox id="evidence-submit" checked={submitNow} onCheckedChange={(value) => setSubmitNow(value === true)} />
        <Label htmlFor="evidence-submit">Submit to Stripe now (final)</Label>
      </div>
    </DrawerForm>
  )
}
