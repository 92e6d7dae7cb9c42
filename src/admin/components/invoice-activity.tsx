import { Text } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { useInvoiceActivity } from "../hooks/use-invoices"
import { QueryContent } from "./notice"

/** The `invoices.activity.events` key of a Stripe event type ("invoice.paid" -> "invoice_paid"); i18next reads dots as nesting. */
const eventKey = (type: string) => `invoices.activity.events.${type.replace(/\./g, "_")}`

/** The invoice's activity log (the Stripe events stored about it) as a timeline, oldest first. */
export const InvoiceActivity = ({ invoiceId }: { invoiceId: string }) => {
  const { t, dateTime } = useI18n()
  const { data, error, isLoading } = useInvoiceActivity(invoiceId)
  const events = data?.data ?? []
  return (
    <QueryContent
      isLoading={isLoading}
      error={error}
      isEmpty={!events.length}
      loadingText={t("invoices.activity.loading")}
      emptyText={t("invoices.activity.empty")}
      inset={false}
    >
      <ol className="flex flex-col gap-y-2" data-testid={`invoice-timeline-${invoiceId}`}>
        {events.map((event) => (
          <li key={event.id} className="flex items-start gap-x-3">
            <span className="bg-ui-fg-muted mt-1.5 h-2 w-2 shrink-0 rounded-full" aria-hidden />
            <div className="flex flex-1 justify-between gap-x-2">
              <Text size="small">{t(eventKey(event.type), { defaultValue: event.type })}</Text>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {dateTime(event.stripe_created_at)}
              </Text>
            </div>
          </li>
        ))}
      </ol>
    </QueryContent>
  )
}
