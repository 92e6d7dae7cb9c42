import { Button, Checkbox, Drawer, Input, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useRefundPayment } from "../hooks/use-payments"
import { errorMessage } from "../lib/api"
import { formatMinor, minorToMajorText, parseMajorToMinor } from "../lib/money"
import type { PaymentDocument } from "../lib/types"

/** Refund part or all of a payment: amount (default: what is left), reason, whether the platform fee goes back too. */
export const RefundDrawer = ({ payment }: { payment: PaymentDocument }) => {
  const refundable = payment.amount_captured - payment.amount_refunded
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState(minorToMajorText(refundable, payment.currency))
  const [reason, setReason] = useState("")
  const [refundFee, setRefundFee] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const refund = useRefundPayment()
  const prompt = usePrompt()

  const submit = async () => {
    setError(null)
    const minor = parseMajorToMinor(amount, payment.currency)
    if (minor === null || minor <= 0) return setError(`amount: not a valid ${payment.currency.toUpperCase()} amount`)
    if (minor > refundable) return setError(`amount: at most ${formatMinor(refundable, payment.currency)} is left to refund`)
    const confirmed = await prompt({
      title: "Refund payment?",
      description: `${formatMinor(minor, payment.currency)} goes back to the customer${refundFee ? ", with the platform fee in proportion" : ""}. This cannot be undone.`,
      confirmText: "Refund",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    refund.mutate(
      {
        paymentIntentId: payment.payment_intent_id,
        amount: minor,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        refund_application_fee: refundFee,
      },
      {
        onSuccess: (result) => {
          toast.success(`Refunded ${formatMinor(result.amount, payment.currency)}`)
          setOpen(false)
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setAmount(minorToMajorText(refundable, payment.currency))
          setError(null)
        }
        setOpen(next)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={refundable <= 0}>
          Refund
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Refund {payment.payment_intent_id}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            Captured {formatMinor(payment.amount_captured, payment.currency)}, refunded{" "}
            {formatMinor(payment.amount_refunded, payment.currency)}.
          </Text>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="refund-amount">Amount ({payment.currency.toUpperCase()})</Label>
            <Input id="refund-amount" name="refund-amount" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="refund-reason">Reason</Label>
            <Input id="refund-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="flex items-center gap-x-2">
            <Checkbox id="refund-fee" checked={refundFee} onCheckedChange={(value) => setRefundFee(value === true)} />
            <Label htmlFor="refund-fee">Refund the platform fee in proportion</Label>
          </div>
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
          <Button size="small" onClick={submit} isLoading={refund.isPending}>
            Refund
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
