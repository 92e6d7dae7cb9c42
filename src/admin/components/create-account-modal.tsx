import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateConnectedAccount } from "../hooks/use-accounts"
import { useI18n } from "../hooks/use-i18n"
import { Field, FormModal, TextField } from "./form-modal"
import { OptionSelect } from "./option-select"
import { useFormDialog } from "./use-form-dialog"

const ACCOUNT_TYPES = ["express", "standard", "custom"] as const

/** Create a connected account (docs/api.md#create-connected-account) and go to its page for the onboarding link. */
export const CreateAccountModal = () => {
  const { t } = useI18n()
  const dialog = useFormDialog()
  const [merchantId, setMerchantId] = useState("")
  const [accountType, setAccountType] = useState<string>("express")
  const [country, setCountry] = useState("US")
  const [email, setEmail] = useState("")
  const [businessName, setBusinessName] = useState("")
  const create = useCreateConnectedAccount()
  const navigate = useNavigate()

  const submit = () => {
    dialog.setError(null)
    if (!merchantId.trim()) return dialog.setError(t("errors.merchantIdRequired"))
    create.mutate(
      {
        merchant_id: merchantId.trim(),
        account_type: accountType,
        ...(country.trim() ? { country: country.trim() } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
        ...(businessName.trim() ? { business_profile: { name: businessName.trim() } } : {}),
      },
      dialog.callbacks(
        (account) => ({ message: t("accounts.create.created"), description: account.account_id }),
        (account) => navigate(`/settings/stripe-connect/accounts/${account.account_id}`)
      )
    )
  }

  return (
    <FormModal
      dialog={dialog}
      trigger={t("accounts.create.trigger")}
      title={t("accounts.create.title")}
      description={t("accounts.create.description")}
      submitLabel={t("common.create")}
      onSubmit={submit}
      isSubmitting={create.isPending}
    >
      <TextField
        id="merchant_id"
        name="merchant_id"
        label={t("common.merchantId")}
        value={merchantId}
        onChange={setMerchantId}
      />
      <Field label={t("accounts.create.accountType")}>
        <OptionSelect
          value={accountType}
          onValueChange={setAccountType}
          options={ACCOUNT_TYPES.map((value) => ({ value, label: t(`accounts.types.${value}`) }))}
        />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <TextField
          id="country"
          name="country"
          label={t("accounts.country")}
          maxLength={2}
          value={country}
          onChange={setCountry}
        />
        <TextField id="email" name="email" label={t("accounts.email")} type="email" value={email} onChange={setEmail} />
      </div>
      <TextField
        id="business_name"
        name="business_name"
        label={t("accounts.create.businessName")}
        value={businessName}
        onChange={setBusinessName}
      />
    </FormModal>
  )
}
