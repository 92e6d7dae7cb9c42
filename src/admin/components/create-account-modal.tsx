import { Button, FocusModal, Heading, Input, Label, Select, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { useCreateConnectedAccount } from "../hooks/use-accounts"
import { errorMessage } from "../lib/api"

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
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Create account
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <Button size="small" onClick={submit} isLoading={create.isPending}>
            Create
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center overflow-y-auto py-16">
          <div className="flex w-full max-w-lg flex-col gap-y-6">
            <div>
              <Heading>Create connected account</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Creates the account at Stripe for a merchant; its onboarding link is on the account's page.
              </Text>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="merchant_id">Merchant ID</Label>
              <Input id="merchant_id" name="merchant_id" value={merchantId} onChange={(e) => setMerchantId(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label>Account type</Label>
              <Select value={accountType} onValueChange={setAccountType}>
                <Select.Trigger>
                  <Select.Value />
                </Select.Trigger>
                <Select.Content>
                  {ACCOUNT_TYPES.map((type) => (
                    <Select.Item key={type} value={type}>
                      {type}
                    </Select.Item>
                  ))}
                </Select.Content>
              </Select>
            </div>
            <div className="grid grid-cols-2 gap-4">
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="country">Country</Label>
                <Input id="country" name="country" maxLength={2} value={country} onChange={(e) => setCountry(e.target.value)} />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="email">Email</Label>
                <Input id="email" name="email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
              </div>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="business_name">Business name</Label>
              <Input id="business_name" name="business_name" value={businessName} onChange={(e) => setBusinessName(e.target.value)} />
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
