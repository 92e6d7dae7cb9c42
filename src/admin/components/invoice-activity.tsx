import { Text } from "@medusajs/ui"
import { useInvoiceActivity } from "../hooks/use-invoices"
import { errorMessage } from "../lib/api"
import { formatDateTime } from "../lib/dates"

const DESCRIPTIONS: Record<string, string> = {
  "invoice.created": "Invoice created",
  "invoiceitem.created": "Line added",
  "payment_intent.created": "Payment started",
  "refund.created": "Refund created",
  "invoice.finalized": "Invoice finalized",
  "invoice.sent": "Invoice sent to the customer",
  "invoice.paid": "Invoice paid",
  "invoice.payment_succeeded": "Payment succeeded",
  "invoice.payment_failed": "Payment failed",
  "invoice.voided": "Invoice voided",
  "invoice.marked_uncollectible": "Marked uncollectible",
  "charge.refunded": "Refunded",
  "charge.succeeded": "Charge succeeded",
  "payment_intent.succeeded": "Payment intent succeeded",
}

/** The invoice's activity log (the Stripe events stored about it) as a timeline, oldest first. */
export const InvoiceActivity = ({ invoiceId }: { invoiceId: string }) => {
  const { data, error, isLoading } = useInvoiceActivity(invoiceId)
  if (isLoading) return <Text size="small" className="text-ui-fg-muted">Loading activity…</Text>
  if (error) return <Text size="small" className="text-ui-fg-error">{errorMessage(error)}</Text>
  const events = data?.data ?? []
  if (!events.length) return <Text size="small" className="text-ui-fg-muted">No activity from Stripe yet.</Text>
  return (
    <ol className="flex flex-col gap-y-2" data-testid={`invoice-timeline-${invoiceId}`}>
      {events.map((event) => (
        <li key={event.id} className="flex items-start gap-x-3">
          <span className="bg-ui-fg-muted mt-1.5 h-2 w-2 shrink-0 rounded-full" aria-hidden />
          <div className="flex flex-1 justify-between gap-x-2">
            <Text size="small">{DESCRIPTIONS[event.type] ?? event.type}</Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {formatDateTime(event.stripe_created_at)}
            </Text>
          </div>
        </li>
      ))}
    </ol>
  )
}
