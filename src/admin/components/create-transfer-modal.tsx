import { Button, FocusModal, Heading, Input, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useCreateTransfer } from "../hooks/use-transfers"
import { errorMessage } from "../lib/api"
import { formatMinor, parseMajorToMinor } from "../lib/money"

/** Spec 000 "Create Transfer": platform funds to a connected account, confirmed before money moves. */
export const CreateTransferModal = () => {
  const [open, setOpen] = useState(false)
  const [accountId, setAccountId] = useState("")
  const [amount, setAmount] = useState("")
  const [currency, setCurrency] = useState("usd")
  const [orderId, setOrderId] = useState("")
  const [description, setDescription] = useState("")
  const [error, setError] = useState<string | null>(null)
  const create = useCreateTransfer()
  const prompt = usePrompt()

  const submit = async () => {
    setError(null)
    if (!/^acct_[A-Za-z0-9]+$/.test(accountId.trim())) return setError("account_id: must be a Stripe account id (acct_...)")
    if (!/^[a-z]{3}$/.test(currency)) return setError("currency: must be a three-letter ISO currency code")
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0) return setError(`amount: not a valid ${currency.toUpperCase()} amount`)
    const confirmed = await prompt({
      title: "Send transfer?",
      description: `${formatMinor(minor, currency)} moves from the platform's balance to ${accountId.trim()}.`,
      confirmText: "Transfer",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    create.mutate(
      {
        account_id: accountId.trim(),
        amount: minor,
        currency,
        ...(orderId.trim() ? { order_id: orderId.trim() } : {}),
        ...(description.trim() ? { description: description.trim() } : {}),
      },
      {
        onSuccess: (transfer) => {
          toast.success(`Transferred ${formatMinor(transfer.amount, transfer.currency)}`, { description: transfer.transfer_id })
          setOpen(false)
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <FocusModal open={open} onOpenChange={setOpen}>
      <FocusModal.Trigger asChild>
        <Button size="small" variant="secondary">
          Create transfer
        </Button>
      </FocusModal.Trigger>
      <FocusModal.Content>
        <FocusModal.Header>
          <Button size="small" onClick={submit} isLoading={create.isPending}>
            Transfer
          </Button>
        </FocusModal.Header>
        <FocusModal.Body className="flex flex-col items-center py-16">
          <div className="flex w-full max-w-lg flex-col gap-y-6">
            <div>
              <Heading>Create transfer</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                Naming an order ties the transfer to that order's charge, so it can go out before the funds are available.
              </Text>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="transfer-account">Connected account</Label>
              <Input id="transfer-account" placeholder="acct_..." value={accountId} onChange={(e) => setAccountId(e.target.value)} />
            </div>
            <div className="grid grid-cols-2 gap-4">
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="transfer-amount">Amount</Label>
                <Input id="transfer-amount" value={amount} onChange={(e) => setAmount(e.target.value)} />
              </div>
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="transfer-currency">Currency</Label>
                <Input id="transfer-currency" maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value.toLowerCase())} />
              </div>
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="transfer-order">Order ID (optional)</Label>
              <Input id="transfer-order" value={orderId} onChange={(e) => setOrderId(e.target.value)} />
            </div>
            <div className="flex flex-col gap-y-2">
              <Label htmlFor="transfer-description">Description (optional)</Label>
              <Input id="transfer-description" value={description} onChange={(e) => setDescription(e.target.value)} />
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
