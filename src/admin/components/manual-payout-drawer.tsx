import { Input, Label, Text, usePrompt } from "@medusajs/ui"
import { useState, type SetStateAction } from "react"
import { useBalance } from "../hooks/use-balances"
import { useCreatePayout } from "../hooks/use-payouts"
import { errorMessage, StripeConnectApiError } from "../lib/api"
import { balanceRows } from "../lib/balance-rows"
import { formatMinor, parseMajorToMinor } from "../lib/money"
import { DrawerForm } from "./drawer-form"
import { OptionSelect } from "./option-select"
import { useIdempotencyKey } from "./use-idempotency-key"
import { useFormDialog } from "./use-form-dialog"

const METHODS = [
  { value: "standard", label: "Standard (arrives in a few days)" },
  { value: "instant", label: "Instant" },
] as const

/** The API's message with its code ("... (insufficient_balance)"), so staff can tell refusals apart. */
const withCode = (error: unknown) =>
  error instanceof StripeConnectApiError && error.code ? `${errorMessage(error)} (${error.code})` : errorMessage(error)

/**
 * A manual payout from the connected account's available balance to its bank. The balance shown is a hint read
 * a moment ago; Stripe decides, so an amount over it goes through and Stripe's refusal (insufficient_balance,
 * payout_in_progress) is shown.
 */
export const ManualPayoutDrawer = ({ accountId }: { accountId: string }) => {
  const balance = useBalance(accountId)
  const rows = balance.data ? balanceRows(balance.data) : []
  const dialog = useFormDialog()
  const [currency, setCurrency] = useState("usd")
  const [amount, setAmount] = useState("")
  const [method, setMethod] = useState<"standard" | "instant">("standard")
  const create = useCreatePayout(accountId)
  const prompt = usePrompt()
  const keyFor = useIdempotencyKey(dialog.open)
  const available = rows.find((row) => row.currency === currency)?.available ?? 0
  const currencies = (rows.length ? rows.map((row) => row.currency) : ["usd"]).map((code) => ({ value: code, label: code.toUpperCase() }))

  const onOpenChange = (change: SetStateAction<boolean>) => {
    const next = typeof change === "function" ? change(dialog.open) : change
    if (next) {
      setCurrency((rows.find((row) => row.available > 0) ?? rows[0])?.currency ?? "usd")
      setAmount("")
      setMethod("standard")
      dialog.setError(null)
    }
    dialog.onOpenChange(next)
  }

  const submit = async () => {
    dialog.setError(null)
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0) return dialog.setError(`amount: not a valid ${currency.toUpperCase()} amount`)
    const confirmed = await prompt({
      title: "Pay out?",
      description: `${formatMinor(minor, currency)} leaves ${accountId}'s Stripe balance for its bank account (${method}).`,
      confirmText: "Pay out",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    const callbacks = dialog.callbacks((payout: { payout_id: string; amount: number; currency: string }) => ({
      message: `Payout ${payout.payout_id} of ${formatMinor(payout.amount, payout.currency)} created`,
    }))
    const body = { amount: minor, currency, method }
    create.mutate({ ...body, idempotencyKey: keyFor(body) }, { ...callbacks, onError: (e) => dialog.setError(withCode(e)) })
  }

  return (
    <DrawerForm
      dialog={{ ...dialog, onOpenChange }}
      trigger="Pay out"
      title="Pay out to the bank account"
      submitLabel="Pay out"
      onSubmit={submit}
      isSubmitting={create.isPending}
    >
      <Text size="small" className="text-ui-fg-subtle" data-testid="payout-available">
        Available now: {balance.isLoading ? "…" : formatMinor(available, currency)}
      </Text>
      <div className="flex flex-col gap-y-1">
        <Label>Currency</Label>
        <OptionSelect value={currency} onValueChange={setCurrency} options={currencies} ariaLabel="Payout currency" />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="payout-amount">Amount ({currency.toUpperCase()})</Label>
        <Input id="payout-amount" name="payout-amount" placeholder="0.00" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </div>
      <div className="flex flex-col gap-y-1">
        <Label>Method</Label>
        <OptionSelect
          value={method}
          onValueChange={(value) => setMethod(value === "instant" ? "instant" : "standard")}
          options={METHODS}
          ariaLabel="Payout method"
        />
      </div>
    </DrawerForm>
  )
}
