import { Checkbox, Label } from "@medusajs/ui"
import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useRefundPayment } from "../hooks/use-payments"
import type { PaymentDocument } from "../lib/types"
import { InputField } from "./input-field"
import { MoneyActionDrawer } from "./money-action-drawer"

/** Refund part or all of a payment: amount (default: what is left), reason, whether the platform fee goes back too. */
export const RefundDrawer = ({ payment }: { payment: PaymentDocument }) => {
  const { t, money } = useI18n()
  const [reason, setReason] = useState("")
  const [refundFee, setRefundFee] = useState(false)
  const refund = useRefundPayment()
  const { currency } = payment
  return (
    <MoneyActionDrawer
      label={t("common.refund")}
      title={t("payments.refund.title", { payment: payment.payment_intent_id })}
      currency={currency}
      available={payment.amount_captured - payment.amount_refunded}
      overLimit={(limit) => t("errors.refundLimit", { limit })}
      amountInputId="refund-amount"
      summary={t("payments.refund.summary", {
        captured: money(payment.amount_captured, currency),
        refunded: money(payment.amount_refunded, currency),
      })}
      confirm={(minor) => ({
        title: t("payments.refund.confirmTitle"),
        description: refundFee
          ? t("payments.refund.confirmDescriptionWithFee", { amount: money(minor, currency) })
          : t("payments.refund.confirmDescription", { amount: money(minor, currency) }),
      })}
      mutation={refund}
      body={(minor: number) => ({
        paymentIntentId: payment.payment_intent_id,
        amount: minor,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
        refund_application_fee: refundFee,
      })}
      done={(result) => t("payments.refund.done", { amount: money(result.amount, currency) })}
    >
      <InputField id="refund-reason" label={t("common.reason")} value={reason} onChange={setReason} />
      <div className="flex items-center gap-x-2">
        <Checkbox id="refund-fee" checked={refundFee} onCheckedChange={(value) => setRefundFee(value === true)} />
        <Label htmlFor="refund-fee">{t("payments.refund.refundFee")}</Label>
      </div>
    </MoneyActionDrawer>
  )
}
