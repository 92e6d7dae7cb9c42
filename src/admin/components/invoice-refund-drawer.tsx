import { Input, Label, toast } from "@medusajs/ui"
import { useState } from "react"
import { useRefundInvoice } from "../hooks/use-invoices"
import { formatMinor } from "../lib/money"
import type { InvoiceDocument } from "../lib/types"
import { MoneyActionDrawer } from "./money-action-drawer"

/** Refund part or all of a paid invoice, with a reason; confirmed before money moves. */
export const InvoiceRefundDrawer = ({ invoice }: { invoice: InvoiceDocument }) => {
  const [reason, setReason] = useState("")
  const refund = useRefundInvoice()
  const { currency } = invoice
  const name = invoice.number ?? invoice.stripe_invoice_id
  return (
    <MoneyActionDrawer
      label="Refund"
      title={`Refund invoice ${name}`}
      currency={currency}
      available={invoice.amount_paid - invoice.amount_refunded}
      overLimit={(limit) => `at most ${limit} is left to refund`}
      amountInputId="invoice-refund-amount"
      summary={`Paid ${formatMinor(invoice.amount_paid, currency)}, refunded ${formatMinor(invoice.amount_refunded, currency)}.`}
      confirm={(minor) => ({
        title: "Refund invoice?",
        description: `${formatMinor(minor, currency)} of invoice ${name} goes back to the customer. This cannot be undone.`,
      })}
      isPending={refund.isPending}
      run={(minor, { close, fail, keyFor }) => {
        const body = { invoiceId: invoice.id, amount: minor, ...(reason.trim() ? { reason: reason.trim() } : {}) }
        refund.mutate(
          { ...body, idempotencyKey: keyFor(body) },
          {
            onSuccess: (result) => {
              toast.success(`Refunded ${formatMinor(result.refund.amount, currency)} of the invoice`)
              close()
            },
            onError: fail,
          }
        )
      }}
    >
      <div className="flex flex-col gap-y-1">
        <Label htmlFor="invoice-refund-reason">Reason</Label>
        <Input id="invoice-refund-reason" name="invoice-refund-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
    </MoneyActionDrawer>
  )
}
