import { Button, Drawer, Input, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useRefundInvoice } from "../hooks/use-invoices"
import { errorMessage } from "../lib/api"
import { formatMinor, minorToMajorText, parseMajorToMinor } from "../lib/money"
import type { InvoiceDocument } from "../lib/types"

/** Refund part or all of a paid invoice, with a reason; confirmed before money moves. */
export const InvoiceRefundDrawer = ({ invoice }: { invoice: InvoiceDocument }) => {
  const refundable = invoice.amount_paid - invoice.amount_refunded
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const refund = useRefundInvoice()
  const prompt = usePrompt()

  const submit = async () => {
    setError(null)
    const minor = parseMajorToMinor(amount, invoice.currency)
    if (minor === null || minor <= 0) return setError(`amount: not a valid ${invoice.currency.toUpperCase()} amount`)
    if (minor > refundable) return setError(`amount: at most ${formatMinor(refundable, invoice.currency)} is left to refund`)
    const confirmed = await prompt({
      title: "Refund invoice?",
      description: `${formatMinor(minor, invoice.currency)} of invoice ${invoice.number ?? invoice.stripe_invoice_id} goes back to the customer. This cannot be undone.`,
      confirmText: "Refund",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    refund.mutate(
      { invoiceId: invoice.id, amount: minor, ...(reason.trim() ? { reason: reason.trim() } : {}) },
      {
        onSuccess: (result) => {
          toast.success(`Refunded ${formatMinor(result.refund.amount, invoice.currency)} of the invoice`)
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
          setAmount(minorToMajorText(refundable, invoice.currency))
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
          <Drawer.Title>Refund invoice {invoice.number ?? invoice.stripe_invoice_id}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            Paid {formatMinor(invoice.amount_paid, invoice.currency)}, refunded {formatMinor(invoice.amount_refunded, invoice.currency)}.
          </Text>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="invoice-refund-amount">Amount ({invoice.currency.toUpperCase()})</Label>
            <Input id="invoice-refund-amount" name="invoice-refund-amount" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="invoice-refund-reason">Reason</Label>
            <Input id="invoice-refund-reason" name="invoice-refund-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
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
