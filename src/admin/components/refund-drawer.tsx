import { Checkbox, Input, Label, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRefundPayment } from "../hooks/use-payments"
import { formatMinor } from "../lib/money"
import type { PaymentDocument } from "../lib/types"
import { MoneyActionDrawer } from "./money-action-drawer"

/** Refund part or all of a payment: amount (default: what is left), reason, whether the platform fee goes back too. */
export const RefundDrawer = ({ payment }: { payment: PaymentDocument }) => {
  const [reason, setReason] = useState("")
  const [refundFee, setRefundFee] = useState(false)
  const refund = useRefundPayment()
  const { currency } = payment
  return (
    <MoneyActionDrawer
      label="Refund"
      title={`Refund ${payment.payment_intent_id}`}
      currency={currency}
      available={payment.amount_captured - payment.amount_refunded}
      overLimit={(limit) => `at most ${limit} is left to refund`}
      amountInputId="refund-amount"
      summary={`Captured ${formatMinor(payment.amount_captured, currency)}, refunded ${formatMinor(payment.amount_refunded, currency)}.`}
      confirm={(minor) => ({
        title: "Refund payment?",
        description: `${formatMinor(minor, currency)} goes back to the customer${refundFee ? ", with the platform fee in proportion" : ""}. This cannot be undone.`,
      })}
      isPending={refund.isPending}
      run={(minor, { close, fail, keyFor }) => {
        const body = {
          paymentIntentId: payment.payment_intent_id,
          amount: minor,
          ...(reason.trim() ? { reason: reason.trim() } : {}),
          refund_application_fee: refundFee,
        }
        refund.mutate(
          { ...body, idempotencyKey: keyFor(body) },
          {
            onSuccess: (result) => {
              toast.success(`Refunded ${formatMinor(result.amount, currency)}`)
              close()
            },
            onError: fail,
          }
        )
      }}
    >
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="refund-reason">Reason</Label>
        <Input id="refund-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <div className="flex items-center gap-x-2">
        <Checkbox id="refund-fee" checked={refundFee} onCheckedChange={(value) => setRefundFee(value === true)} />
        <Label htmlFor="refund-fee">Refund the platform fee in proportion</Label>
      </div>
    </MoneyActionDrawer>
  )
}
