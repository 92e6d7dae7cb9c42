import { usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useCreateTransfer } from "../hooks/use-transfers"
import { formatMinor, parseMajorToMinor } from "../lib/money"
import { FormModal, TextField } from "./form-modal"
import { useFormDialog } from "./use-form-dialog"
import { useIdempotencyKey } from "./use-idempotency-key"

/** Spec 000 "Create Transfer": platform funds to a connected account, confirmed before money moves. */
export const CreateTransferModal = () => {
  const dialog = useFormDialog()
  const [accountId, setAccountId] = useState("")
  const [amount, setAmount] = useState("")
  const [currency, setCurrency] = useState("usd")
  const [orderId, setOrderId] = useState("")
  const [description, setDescription] = useState("")
  const create = useCreateTransfer()
  const prompt = usePrompt()
  const keyFor = useIdempotencyKey(dialog.open)

  const submit = async () => {
    dialog.setError(null)
    if (!/^acct_[A-Za-z0-9]+$/.test(accountId.trim())) return dialog.setError("account_id: must be a Stripe account id (acct_...)")
    if (!/^[a-z]{3}$/.test(currency)) return dialog.setError("currency: must be a three-letter ISO currency code")
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0) return dialog.setError(`amount: not a valid ${currency.toUpperCase()} amount`)
    const confirmed = await prompt({
      title: "Send transfer?",
      description: `${formatMinor(minor, currency)} moves from the platform's balance to ${accountId.trim()}.`,
      confirmText: "Transfer",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    const body = {
      account_id: accountId.trim(),
      amount: minor,
      currency,
      ...(orderId.trim() ? { order_id: orderId.trim() } : {}),
      ...(description.trim() ? { description: description.trim() } : {}),
    }
    create.mutate(
      { ...body, idempotencyKey: keyFor(body) },
      dialog.callbacks((transfer) => ({ message: `Transferred ${formatMinor(transfer.amount, transfer.currency)}`, description: transfer.transfer_id }))
    )
  }

  return (
    <FormModal
      dialog={dialog}
      trigger="Create transfer"
      title="Create transfer"
      description="Naming an order ties the transfer to that order's charge, so it can go out before the funds are available."
      submitLabel="Transfer"
      onSubmit={submit}
      isSubmitting={create.isPending}
    >
      <TextField id="transfer-account" label="Connected account" placeholder="acct_..." value={accountId} onChange={setAccountId} />
      <div className="grid grid-cols-2 gap-4">
        <TextField id="transfer-amount" label="Amount" value={amount} onChange={setAmount} />
        <TextField id="transfer-currency" label="Currency" maxLength={3} value={currency} onChange={(value) => setCurrency(value.toLowerCase())} />
      </div>
      <TextField id="transfer-order" label="Order ID (optional)" value={orderId} onChange={setOrderId} />
      <TextField id="transfer-description" label="Description (optional)" value={description} onChange={setDescription} />
    </FormModal>
  )
}
