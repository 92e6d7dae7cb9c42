import { Text } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { useI18n } from "../hooks/use-i18n"
import { minorToMajorText, parseMajorToMinor } from "../lib/money"
import { DrawerForm } from "./drawer-form"
import { InputField } from "./input-field"
import { useConfirm } from "./use-confirm"
import { useFormDialog } from "./use-form-dialog"
import { useIdempotencyKey } from "./use-idempotency-key"

/** A money-moving mutation whose input carries the `Idempotency-Key` beside the body. */
type KeyedMutation<Body, Result> = {
  isPending: boolean
  mutate: (
    input: Body & { idempotencyKey: string },
    callbacks: { onSuccess: (result: Result) => void; onError: (error: unknown) => void }
  ) => void
}

type MoneyActionDrawerProps<Body, Result> = {
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
  mutation: KeyedMutation<NoInfer<Body>, Result>
  /**
   * What is sent for an amount in minor units (write `(minor: number) =>`, so the body's type comes from here); its
   * key is the same for a retry of it while the drawer stays open.
   */
  body: (minor: number) => Body
  /** The toast once the money moved. */
  done: (result: Result) => string
}

/**
 * The drawer every money-moving action with an amount shares: the amount in major units (parsed to minor units
 * without floats), checked against what is available, confirmed before anything moves, the API's message shown.
 */
export const MoneyActionDrawer = <Body extends object, Result>(props: MoneyActionDrawerProps<Body, Result>) => {
  const { label, currency, available } = props
  const { t, money } = useI18n()
  const dialog = useFormDialog()
  const [amount, setAmount] = useState("")
  const confirm = useConfirm()
  const keyFor = useIdempotencyKey(dialog.open)

  const submit = async () => {
    dialog.setError(null)
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0)
      return dialog.setError(t("errors.invalidAmount", { currency: currency.toUpperCase() }))
    if (minor > available) return dialog.setError(props.overLimit(money(available, currency)))
    const confirmed = await confirm({ ...props.confirm(minor), confirmText: label })
    if (!confirmed) return
    const body = props.body(minor)
    props.mutation.mutate(
      { ...body, idempotencyKey: keyFor(body) },
      dialog.callbacks((result: Result) => ({ message: props.done(result) }))
    )
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
      isSubmitting={props.mutation.isPending}
    >
      <Text size="small" className="text-ui-fg-subtle">
        {props.summary}
      </Text>
      <InputField
        id={props.amountInputId}
        name={props.amountInputId}
        label={t("common.amountIn", { currency: currency.toUpperCase() })}
        value={amount}
        onChange={setAmount}
      />
      {props.children}
    </DrawerForm>
  )
}
