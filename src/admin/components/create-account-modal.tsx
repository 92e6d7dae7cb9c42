import { toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateConnectedAccount } from "../hooks/use-accounts"
import { errorMessage } from "../lib/api"
import { Field, FormModal, TextField } from "./form-modal"
import { OptionSelect } from "./option-select"

const ACCOUNT_TYPES = ["express", "standard", "custom"] as const

/** Create a connected account (spec 000 "Create Connected Account") and go to its page for the onboarding link. */
export const CreateAccountModal = () => {
  const [open, setOpen] = useState(false)
  const [merchantId, setMerchantId] = useState("")
  const [accountType, setAccountType] = useState<string>("express")
  const [country, setCountry] = useState("US")
  const [email, setEmail] = useState("")
  const [businessName, setBusinessName] = useState("")
  const [error, setError] = useState<string | null>(null)
  const create = useCreateConnectedAccount()
  const navigate = useNavigate()

  const submit = () => {
    setError(null)
    if (!merchantId.trim()) return setError("merchant_id: required")
    create.mutate(
      {
        merchant_id: merchantId.trim(),
        account_type: accountType,
        ...(country.trim() ? { country: country.trim() } : {}),
        ...(email.trim() ? { email: email.trim() } : {}),
        ...(businessName.trim() ? { business_profile: { name: businessName.trim() } } : {}),
      },
      {
        onSuccess: (account) => {
          toast.success("Connected account created", { description: account.account_id })
          setOpen(false)
          navigate(`/settings/stripe-connect/accounts/${account.account_id}`)
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <FormModal
      open={open}
      onOpenChange={setOpen}
      trigger="Create account"
      title="Create connected account"
      description="Creates the account at Stripe for a merchant; its onboarding link is on the account's page."
      submitLabel="Create"
      onSubmit={submit}
      isSubmitting={create.isPending}
      error={error}
    >
      <TextField id="merchant_id" name="merchant_id" label="Merchant ID" value={merchantId} onChange={setMerchantId} />
      <Field label="Account type">
        <OptionSelect value={accountType} onValueChange={setAccountType} options={ACCOUNT_TYPES} />
      </Field>
      <div className="grid grid-cols-2 gap-4">
        <TextField id="country" name="country" label="Country" maxLength={2} value={country} onChange={setCountry} />
        <TextField id="email" name="email" label="Email" type="email" value={email} onChange={setEmail} />
      </div>
      <TextField id="business_name" name="business_name" label="Business name" value={businessName} onChange={setBusinessName} />
    </FormModal>
  )
}
