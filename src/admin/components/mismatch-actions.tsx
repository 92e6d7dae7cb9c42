import { Button, Label, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useUpdateMismatch } from "../hooks/use-reconciliation"
import type { MismatchDocument } from "../lib/types"
import { DrawerForm } from "./drawer-form"
import { toastOutcome } from "./use-confirm"
import { useFormDialog } from "./use-form-dialog"

/*
 * Both actions follow the mutation's promise rather than `mutate`'s callbacks: the refreshed list drops the row (the
 * mismatch is no longer open) before those callbacks would run, and React Query skips them once the row unmounts.
 */

/** Explain a mismatch with a note (docs/api.md#update-mismatch). */
export const ExplainMismatchDrawer = ({ mismatch }: { mismatch: MismatchDocument }) => {
  const { t } = useI18n()
  const dialog = useFormDialog()
  const [note, setNote] = useState(mismatch.note ?? "")
  const update = useUpdateMismatch()
  const save = () => {
    if (!note.trim()) return dialog.setError(t("reconciliation.errors.noteRequired"))
    const { onSuccess, onError } = dialog.callbacks(() => ({ message: t("reconciliation.explained") }))
    update.mutateAsync({ id: mismatch.id, state: "explained", note: note.trim() }).then(onSuccess, onError)
  }
  return (
    <DrawerForm
      dialog={dialog}
      trigger={t("reconciliation.explain")}
      title={t("reconciliation.explainTitle")}
      submitLabel={t("reconciliation.explain")}
      onSubmit={save}
      isSubmitting={update.isPending}
    >
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="mismatch-note">{t("reconciliation.note")}</Label>
        <Textarea id="mismatch-note" value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
    </DrawerForm>
  )
}

/** Mark a mismatch resolved (an earlier note is kept). */
export const ResolveMismatchButton = ({ mismatch }: { mismatch: MismatchDocument }) => {
  const { t } = useI18n()
  const update = useUpdateMismatch()
  return (
    <Button
      size="small"
      variant="secondary"
      isLoading={update.isPending}
      onClick={() => {
        const { onSuccess, onError } = toastOutcome(() => t("reconciliation.resolved"))
        update.mutateAsync({ id: mismatch.id, state: "resolved" }).then(onSuccess, onError)
      }}
    >
      {t("reconciliation.resolve")}
    </Button>
  )
}
