import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useRefundInvoice } from "../hooks/use-invoices"
import type { InvoiceDocument } from "../lib/types"
import { InputField } from "./input-field"
import { MoneyActionDrawer } from "./money-action-drawer"

/** Refund part or all of a paid invoice, with a reason; confirmed before money moves. */
export const InvoiceRefundDrawer = ({ invoice }: { invoice: InvoiceDocument }) => {
  const { t, money } = useI18n()
  const [reason, setReason] = useState("")
  const refund = useRefundInvoice()
  const { currency } = invoice
  const name = invoice.number ?? invoice.stripe_invoice_id
  return (
    <MoneyActionDrawer
      label={t("common.refund")}
      title={t("invoices.refund.title", { invoice: name })}
      currency={currency}
      available={invoice.amount_paid - invoice.amount_refunded}
      overLimit={(limit) => t("errors.refundLimit", { limit })}
      amountInputId="invoice-refund-amount"
      summary={t("invoices.refund.summary", {
        paid: money(invoice.amount_paid, currency),
        refunded: money(invoice.amount_refunded, currency),
      })}
      confirm={(minor) => ({
        title: t("invoices.refund.confirmTitle"),
        description: t("invoices.refund.confirmDescription", { amount: money(minor, currency), invoice: name }),
      })}
      mutation={refund}
      body={(minor: number) => ({
        invoiceId: invoice.id,
        amount: minor,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      })}
      done={(result) => t("invoices.refund.done", { amount: money(result.refund.amount, currency) })}
    >
      <InputField
        id="invoice-refund-reason"
        name="invoice-refund-reason"
        label={t("common.reason")}
        value={reason}
        onChange={setReason}
      />
    </MoneyActionDrawer>
  )
}
