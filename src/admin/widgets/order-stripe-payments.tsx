import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { Figure } from "../components/figure"
import { ErrorNotice, Notice } from "../components/notice"
import { PaymentActions } from "../components/payment-actions"
import { SectionCard } from "../components/section-card"
import { SimpleTable } from "../components/simple-table"
import { PaymentStatusBadge } from "../components/status-badges"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useOrderStripePayments } from "../hooks/use-payments"
import { summarizePayments } from "../lib/payment-split"

/** The order's Stripe Connect payments: how the money splits between merchant and platform, with capture and refund. */
const OrderStripePaymentsWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, money } = useI18n()
  const { can, isLoading: rolesLoading } = usePermissions()
  const allowed = can("GET /admin/orders/:id/stripe-payments")
  const { data, isLoading, error } = useOrderStripePayments(order.id, { enabled: allowed })
  if (rolesLoading || !allowed) return null
  const payments = data?.data ?? []
  const splits = summarizePayments(payments)

  return (
    <SectionCard title={t("orderPayments.title")} testId="stripe-payments-widget">
      {error && <ErrorNotice error={error} role="alert" />}
      {isLoading && (
        <Text size="small" className="px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {!isLoading && !error && !payments.length && <Notice tone="muted">{t("orderPayments.empty")}</Notice>}
      {splits.map((split) => (
        <div
          key={split.currency}
          className="grid grid-cols-2 gap-y-2 px-6 py-4 md:grid-cols-3"
          data-testid={`stripe-split-${split.currency}`}
        >
          {(
            [
              [t("common.amount"), split.amount],
              [t("common.platformFee"), split.platform_fee],
              [t("orderPayments.merchantShare"), split.merchant_share],
              [t("orderPayments.captured"), split.captured],
              [t("common.refunded"), split.refunded],
              [t("orderPayments.awaitingCapture"), split.capturable],
            ] as const
          ).map(([label, value]) => (
            <Figure key={label} label={label} value={money(value, split.currency)} strong />
          ))}
        </div>
      ))}
      {payments.length > 0 && (
        <SimpleTable
          rows={payments}
          rowKey={(payment) => payment.payment_intent_id}
          columns={[
            { header: t("payments.payment"), cell: (payment) => payment.payment_intent_id },
            { header: t("common.status"), cell: (payment) => <PaymentStatusBadge status={payment.status} /> },
            { header: t("common.amount"), cell: (payment) => money(payment.amount, payment.currency) },
            { header: t("common.merchant"), cell: (payment) => payment.merchant_id },
            {
              header: "",
              cell: (payment) => (
                <div className="flex justify-end">
                  <PaymentActions payment={payment} />
                </div>
              ),
            },
          ]}
        />
      )}
    </SectionCard>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderStripePaymentsWidget
