import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useCreateTransfer } from "../hooks/use-transfers"
import { parseMajorToMinor } from "../lib/money"
import { FormModal, TextField } from "./form-modal"
import { useConfirm } from "./use-confirm"
import { useFormDialog } from "./use-form-dialog"
import { useIdempotencyKey } from "./use-idempotency-key"

/**
 * Create transfer (docs/api.md#create-transfer): platform funds to a connected account, confirmed before money moves.
 */
export const CreateTransferModal = () => {
  const { t, money } = useI18n()
  const dialog = useFormDialog()
  const [accountId, setAccountId] = useState("")
  const [amount, setAmount] = useState("")
  const [currency, setCurrency] = useState("usd")
  const [orderId, setOrderId] = useState("")
  const [description, setDescription] = useState("")
  const create = useCreateTransfer()
  const confirm = useConfirm()
  const keyFor = useIdempotencyKey(dialog.open)

  const submit = async () => {
    dialog.setError(null)
    if (!/^acct_[A-Za-z0-9]+$/.test(accountId.trim())) return dialog.setError(t("errors.accountId"))
    if (!/^[a-z]{3}$/.test(currency)) return dialog.setError(t("errors.currency"))
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0)
      return dialog.setError(t("errors.invalidAmount", { currency: currency.toUpperCase() }))
    const confirmed = await confirm({
      title: t("transfers.create.confirmTitle"),
      description: t("transfers.create.confirmDescription", {
        amount: money(minor, currency),
        account: accountId.trim(),
      }),
      confirmText: t("transfers.create.submit"),
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
      dialog.callbacks((transfer) => ({
        message: t("transfers.create.done", { amount: money(transfer.amount, transfer.currency) }),
        description: transfer.transfer_id,
      }))
    )
  }

  return (
    <FormModal
      dialog={dialog}
      trigger={t("transfers.create.title")}
      title={t("transfers.create.title")}
      description={t("transfers.create.description")}
      submitLabel={t("transfers.create.submit")}
      onSubmit={submit}
      isSubmitting={create.isPending}
    >
      <TextField
        id="transfer-account"
        label={t("transfers.create.account")}
        placeholder="acct_..."
        value={accountId}
        onChange={setAccountId}
      />
      <div className="grid grid-cols-2 gap-4">
        <TextField id="transfer-amount" label={t("common.amount")} value={amount} onChange={setAmount} />
        <TextField
          id="transfer-currency"
          label={t("common.currency")}
          maxLength={3}
          value={currency}
          onChange={(value) => setCurrency(value.toLowerCase())}
        />
      </div>
      <TextField id="transfer-order" label={t("transfers.create.orderId")} value={orderId} onChange={setOrderId} />
      <TextField
        id="transfer-description"
        label={t("transfers.create.descriptionField")}
        value={description}
        onChange={setDescription}
      />
    </FormModal>
  )
}
