import { Button, Drawer, Input, Label, Text, usePrompt } from "@medusajs/ui"
import { useState, type ReactNode } from "react"
import { errorMessage } from "../lib/api"
import { formatMinor, minorToMajorText, parseMajorToMinor } from "../lib/money"
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
  /** Says why more than `available` is refused, given the formatted limit. */
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
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState("")
  const [error, setError] = useState<string | null>(null)
  const prompt = usePrompt()
  const keyFor = useIdempotencyKey(open)

  const submit = async () => {
    setError(null)
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0) return setError(`amount: not a valid ${currency.toUpperCase()} amount`)
    if (minor > available) return setError(`amount: ${props.overLimit(formatMinor(available, currency))}`)
    const confirmed = await prompt({ ...props.confirm(minor), confirmText: label, cancelText: "Cancel" })
    if (!confirmed) return
    props.run(minor, { close: () => setOpen(false), fail: (e) => setError(errorMessage(e)), keyFor })
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setAmount(minorToMajorText(available, currency))
          setError(null)
        }
        setOpen(next)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={available <= 0}>
          {label}
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>{props.title}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            {props.summary}
          </Text>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor={props.amountInputId}>Amount ({currency.toUpperCase()})</Label>
            <Input id={props.amountInputId} name={props.amountInputId} value={amount} onChange={(e) => setAmount(e.target.value)} />
          </div>
          {props.children}
          {error && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {error}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={props.isPending}>
            {label}
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
