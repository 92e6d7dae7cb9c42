import { Button, Text } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useVoidInvoice } from "../hooks/use-invoices"
import type { InvoiceDocument } from "../lib/types"
import { ExternalLink } from "./external-link"
import { Figure } from "./figure"
import { InvoiceActivity } from "./invoice-activity"
import { InvoiceRefundDrawer } from "./invoice-refund-drawer"
import { InvoiceStatusBadge } from "./status-badges"
import { toastOutcome, useConfirm } from "./use-confirm"

/** One invoice of the order: status, amounts, hosted link, void and refund, and its activity timeline. */
export const InvoiceCard = ({ invoice }: { invoice: InvoiceDocument }) => {
  const { t, money, dateTime } = useI18n()
  const { can } = usePermissions()
  const voidInvoice = useVoidInvoice()
  const confirm = useConfirm()

  const confirmVoid = async () => {
    const confirmed = await confirm({
      title: t("invoices.void.confirmTitle"),
      description: t("invoices.void.confirmDescription"),
      confirmText: t("invoices.void.button"),
    })
    if (confirmed)
      voidInvoice.mutate(
        invoice.id,
        toastOutcome(() => t("invoices.void.done"))
      )
  }

  return (
    <div className="flex flex-col gap-y-3 px-6 py-4" data-testid={`invoice-${invoice.id}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <div className="flex items-center gap-x-2">
          <Text size="small" weight="plus">
            {invoice.number ?? invoice.stripe_invoice_id}
          </Text>
          <InvoiceStatusBadge status={invoice.status} />
        </div>
        <div className="flex gap-x-2">
          {invoice.hosted_invoice_url && (
            <ExternalLink href={invoice.hosted_invoice_url} className="self-center">
              {t("invoices.open")}
            </ExternalLink>
          )}
          {invoice.status === "open" && can("POST /admin/stripe-connect/invoices/:id/void") && (
            <Button size="small" variant="secondary" onClick={confirmVoid} isLoading={voidInvoice.isPending}>
              {t("invoices.void.button")}
            </Button>
          )}
          {invoice.status === "paid" && can("POST /admin/stripe-connect/invoices/:id/refund") && (
            <InvoiceRefundDrawer invoice={invoice} />
          )}
        </div>
      </div>
      <div className="grid grid-cols-2 gap-2 md:grid-cols-4">
        {[
          [t("invoices.total"), money(invoice.total, invoice.currency)],
          [t("invoices.paid"), money(invoice.amount_paid, invoice.currency)],
          [t("common.refunded"), money(invoice.amount_refunded, invoice.currency)],
          [t("invoices.due"), dateTime(invoice.due_date)],
        ].map(([label, value]) => (
          <Figure key={label} label={label} value={value} />
        ))}
      </div>
      {invoice.last_payment_error && (
        <Text size="small" className="text-ui-fg-error">
          {t("invoices.lastPaymentError", { error: invoice.last_payment_error })}
        </Text>
      )}
      <InvoiceActivity invoiceId={invoice.id} />
    </div>
  )
}
