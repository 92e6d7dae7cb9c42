import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useCreateIntegration } from "../hooks/use-integrations"
import { FormModal, TextField } from "./form-modal"
import { useFormDialog } from "./use-form-dialog"

/** Create integration (docs/api.md#create-integration): a named placeholder, connected afterwards through OAuth. */
export const CreateIntegrationModal = () => {
  const { t } = useI18n()
  const dialog = useFormDialog()
  const [name, setName] = useState("")
  const [merchantId, setMerchantId] = useState("")
  const create = useCreateIntegration()

  const submit = () => {
    dialog.setError(null)
    if (!name.trim()) return dialog.setError(t("errors.nameRequired"))
    create.mutate(
      { name: name.trim(), ...(merchantId.trim() ? { merchant_id: merchantId.trim() } : {}) },
      dialog.callbacks(
        ({ integration }) => ({ message: t("integrations.create.created"), description: integration.name }),
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
      trigger={t("integrations.create.trigger")}
      title={t("integrations.create.title")}
      description={t("integrations.create.description")}
      submitLabel={t("common.create")}
      onSubmit={submit}
      isSubmitting={create.isPending}
    >
      <TextField id="integration-name" label={t("common.name")} value={name} onChange={setName} />
      <TextField
        id="integration-merchant"
        label={t("integrations.create.merchantId")}
        value={merchantId}
        onChange={setMerchantId}
      />
    </FormModal>
  )
}
