import { Text } from "@medusajs/ui"
import { useState, type SetStateAction } from "react"
import { useBalance } from "../hooks/use-balances"
import { useI18n } from "../hooks/use-i18n"
import { useCreatePayout } from "../hooks/use-payouts"
import { errorMessage, StripeConnectApiError } from "../lib/api"
import { balanceRows } from "../lib/balance-rows"
import { parseMajorToMinor } from "../lib/money"
import { DrawerForm } from "./drawer-form"
import { InputField } from "./input-field"
import { SelectField } from "./option-select"
import { useConfirm } from "./use-confirm"
import { useIdempotencyKey } from "./use-idempotency-key"
import { useFormDialog } from "./use-form-dialog"

const METHODS = ["standard", "instant"] as const

/** The API's message with its code ("... (insufficient_balance)"), so staff can tell refusals apart. */
const withCode = (error: unknown) =>
  error instanceof StripeConnectApiError && error.code ? `${errorMessage(error)} (${error.code})` : errorMessage(error)

/**
 * A manual payout from the connected account's available balance to its bank. The balance shown is a hint read
 * a moment ago; Stripe decides, so an amount over it goes through and Stripe's refusal (insufficient_balance,
 * payout_in_progress) is shown.
 */
export const ManualPayoutDrawer = ({ accountId }: { accountId: string }) => {
  const { t, money } = useI18n()
  const balance = useBalance(accountId)
  const rows = balance.data ? balanceRows(balance.data) : []
  const dialog = useFormDialog()
  const [currency, setCurrency] = useState("usd")
  const [amount, setAmount] = useState("")
  const [method, setMethod] = useState<"standard" | "instant">("standard")
  const create = useCreatePayout(accountId)
  const confirm = useConfirm()
  const keyFor = useIdempotencyKey(dialog.open)
  const available = rows.find((row) => row.currency === currency)?.available ?? 0
  const currencies = (rows.length ? rows.map((row) => row.currency) : ["usd"]).map((code) => ({
    value: code,
    label: code.toUpperCase(),
  }))

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
    if (minor === null || minor <= 0)
      return dialog.setError(t("errors.invalidAmount", { currency: currency.toUpperCase() }))
    const confirmed = await confirm({
      title: t("payouts.manual.confirmTitle"),
      description: t("payouts.manual.confirmDescription", {
        amount: money(minor, currency),
        account: accountId,
        method: t(`payouts.manual.methods.${method}`),
      }),
      confirmText: t("payouts.manual.payOut"),
    })
    if (!confirmed) return
    const callbacks = dialog.callbacks((payout: { payout_id: string; amount: number; currency: string }) => ({
      message: t("payouts.manual.created", { payout: payout.payout_id, amount: money(payout.amount, payout.currency) }),
    }))
    const body = { amount: minor, currency, method }
    create.mutate(
      { ...body, idempotencyKey: keyFor(body) },
      { ...callbacks, onError: (e) => dialog.setError(withCode(e)) }
    )
  }

  return (
    <DrawerForm
      dialog={{ ...dialog, onOpenChange }}
      trigger={t("payouts.manual.payOut")}
      title={t("payouts.manual.title")}
      submitLabel={t("payouts.manual.payOut")}
      onSubmit={submit}
      isSubmitting={create.isPending}
    >
      <Text size="small" className="text-ui-fg-subtle" data-testid="payout-available">
        {t("payouts.manual.availableNow", { amount: balance.isLoading ? "…" : money(available, currency) })}
      </Text>
      <SelectField
        label={t("common.currency")}
        ariaLabel={t("payouts.manual.currency")}
        value={currency}
        onValueChange={setCurrency}
        options={currencies}
      />
      <InputField
        id="payout-amount"
        name="payout-amount"
        label={t("common.amountIn", { currency: currency.toUpperCase() })}
        placeholder="0.00"
        value={amount}
        onChange={setAmount}
      />
      <SelectField
        label={t("payouts.manual.method")}
        ariaLabel={t("payouts.manual.methodAria")}
        value={method}
        onValueChange={(value) => setMethod(value === "instant" ? "instant" : "standard")}
        options={METHODS.map((value) => ({ value, label: t(`payouts.manual.methodOptions.${value}`) }))}
      />
    </DrawerForm>
  )
}
