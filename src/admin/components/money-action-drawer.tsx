import { Input, Label, Text, usePrompt } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useI18n } from "../hooks/use-i18n"
import { errorMessage } from "../lib/api"
import { minorToMajorText, parseMajorToMinor } from "../lib/money"
import { DrawerForm } from "./drawer-form"
import { useFormDialog } from "./use-form-dialog"
import { useIdempotencyKey } from "./use-idempotency-key"

export type MoneyActionCallbacks = {
  close: () => void
  fail: (error: unknown) => void
  /** The `Idempotency-Key` to send with this body: the same for a retry of it while the drawer stays open. */
  keyFor: (body: unknown) => string
}

type MoneyActionDrawerProps = {
  /** The trigger's and the submit button's text, e.g. "Refund". */
  label: string
  title: string
  currency: string
  /** The most that may be moved, in minor units; the amount field starts there. */
  available: number
  /** Says why more than `available` is refused ("amount: at most ..."), given the formatted limit. */
  overLimit: (limit: string) => string
  amountInputId: string
  summary: ReactNode
  /** Fields beside the amount (reason, fee refund, ...), owned by the caller. */
  children?: ReactNode
  confirm: (minor: number) => { title: string; description: string }
  isPending: boolean
  /** Moves the money with `keyFor(body)` as its key; call `close` on success and `fail` with the API's error. */
  run: (minor: number, callbacks: MoneyActionCallbacks) => void
}

/**
 * The drawer every money-moving action with an amount shares: the amount in major units (parsed to minor units
 * without floats), checked against what is available, confirmed before anything moves, the API's message shown.
 */
export const MoneyActionDrawer = (props: MoneyActionDrawerProps) => {
  const { label, currency, available } = props
  const { t, money } = useI18n()
  const dialog = useFormDialog()
  const [amount, setAmount] = useState("")
  const prompt = usePrompt()
  const keyFor = useIdempotencyKey(dialog.open)

  const submit = async () => {
    dialog.setError(null)
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0)
      return dialog.setError(t("errors.invalidAmount", { currency: currency.toUpperCase() }))
    if (minor > available) return dialog.setError(props.overLimit(money(available, currency)))
    const confirmed = await prompt({ ...props.confirm(minor), confirmText: label, cancelText: t("common.cancel") })
    if (!confirmed) return
    props.run(minor, { close: () => dialog.onOpenChange(false), fail: (e) => dialog.setError(errorMessage(e)), keyFor })
  }

  const onOpenChange = (next: boolean) => {
    if (next) {
      setAmount(minorToMajorText(available, currency))
      dialog.setError(null)
    }
    dialog.onOpenChange(next)
  }

  return (
    <DrawerForm
      dialog={{ ...dialog, onOpenChange }}
      trigger={label}
      triggerDisabled={available <= 0}
      title={props.title}
      submitLabel={label}
      onSubmit={submit}
      isSubmitting={props.isPending}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {props.summary}
      </Text>
      <div className="flex flex-col gap-y-1">
        <Label htmlFor={props.amountInputId}>{t("common.amountIn", { currency: currency.toUpperCase() })}</Label>
        <Input
          id={props.amountInputId}
          name={props.amountInputId}
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      </div>
      {props.children}
    </DrawerForm>
  )
}
