import { Checkbox, Input, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useSubmitDisputeEvidence, type EvidenceFile } from "../hooks/use-disputes"
import type { DisputeDocument } from "../lib/types"
import { DrawerForm } from "./drawer-form"
import { useConfirm } from "./use-confirm"
import { useFormDialog } from "./use-form-dialog"

/** Stripe's evidence fields the drawer stages, labelled by the `disputes.evidence.fields.<name>` strings. */
const TEXT_FIELDS = ["customer_name", "customer_email_address", "product_description", "uncategorized_text"] as const

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

/**
 * Submit dispute evidence (docs/api.md#submit-dispute-evidence): stage text and a receipt file, and optionally submit
 * to Stripe (final).
 */
export const DisputeEvidenceDrawer = ({ dispute }: { dispute: DisputeDocument }) => {
  const { t } = useI18n()
  const staged = dispute.evidence as Record<string, unknown>
  const dialog = useFormDialog()
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      TEXT_FIELDS.map((name) => [name, typeof staged[name] === "string" ? (staged[name] as string) : ""])
    )
  )
  const [receipt, setReceipt] = useState<File | null>(null)
  const [submitNow, setSubmitNow] = useState(false)
  const submit = useSubmitDisputeEvidence()
  const confirm = useConfirm()

  const save = async () => {
    dialog.setError(null)
    const evidence: Record<string, string | EvidenceFile> = {}
    for (const name of TEXT_FIELDS) if (values[name].trim()) evidence[name] = values[name].trim()
    if (receipt) {
      if (!FILE_TYPES.includes(receipt.type)) return dialog.setError(t("disputes.evidence.errors.receiptType"))
      if (receipt.size > 5 * 1024 * 1024) return dialog.setError(t("disputes.evidence.errors.receiptSize"))
      evidence.receipt = {
        filename: receipt.name,
        content_type: receipt.type,
        data_base64: await readAsBase64(receipt),
      }
    }
    if (!Object.keys(evidence).length && !submitNow) return dialog.setError(t("disputes.evidence.errors.empty"))
    if (submitNow) {
      const confirmed = await confirm({
        title: t("disputes.evidence.confirmTitle"),
        description: t("disputes.evidence.confirmDescription"),
        confirmText: t("disputes.evidence.submit"),
      })
      if (!confirmed) return
    }
    submit.mutate(
      { disputeId: dispute.dispute_id, evidence, submit: submitNow },
      dialog.callbacks(() => ({ message: submitNow ? t("disputes.evidence.submitted") : t("disputes.evidence.saved") }))
    )
  }

  return (
    <DrawerForm
      dialog={dialog}
      trigger={t("disputes.evidence.trigger")}
      triggerDisabled={dispute.status !== "needs_response" || dispute.submitted_at !== null}
      title={t("disputes.evidence.title", { dispute: dispute.dispute_id })}
      submitLabel={submitNow ? t("disputes.evidence.submit") : t("common.save")}
      onSubmit={save}
      isSubmitting={submit.isPending}
    >
      {TEXT_FIELDS.map((name) => (
        <div key={name} className="flex flex-col gap-y-1">
          <Label htmlFor={`evidence-${name}`}>{t(`disputes.evidence.fields.${name}`)}</Label>
          {name === "uncategorized_text" || name === "product_description" ? (
            <Textarea
              id={`evidence-${name}`}
              value={values[name]}
              onChange={(e) => setValues({ ...values, [name]: e.target.value })}
            />
          ) : (
            <Input
              id={`evidence-${name}`}
              value={values[name]}
              onChange={(e) => setValues({ ...values, [name]: e.target.value })}
            />
          )}
        </div>
      ))}
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="evidence-receipt">{t("disputes.evidence.receipt")}</Label>
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
        <Label htmlFor="evidence-submit">{t("disputes.evidence.submitNow")}</Label>
      </div>
    </DrawerForm>
  )
}
