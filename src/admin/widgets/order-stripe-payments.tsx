import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Table, Text } from "@medusajs/ui"
import { PaymentActions } from "../components/payment-actions"
import { PaymentStatusBadge } from "../components/status-badges"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useOrderStripePayments } from "../hooks/use-payments"
import { errorMessage } from "../lib/api"
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
    <Container className="divide-y p-0" data-testid="stripe-payments-widget">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("orderPayments.title")}</Heading>
      </div>
      {error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4" role="alert">
          {errorMessage(error)}
        </Text>
      )}
      {isLoading && (
        <Text size="small" className="px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {!isLoading && !error && !payments.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("orderPayments.empty")}
        </Text>
      )}
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
            <div key={label}>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {label}
              </Text>
              <Text size="small" weight="plus">
                {money(value, split.currency)}
              </Text>
            </div>
          ))}
        </div>
      ))}
      {payments.length > 0 && (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>{t("payments.payment")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.amount")}</Table.HeaderCell>
              <Table.HeaderCell>{t("common.merchant")}</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {payments.map((payment) => (
              <Table.Row key={payment.payment_intent_id}>
                <Table.Cell>{payment.payment_intent_id}</Table.Cell>
                <Table.Cell>
                  <PaymentStatusBadge status={payment.status} />
                </Table.Cell>
                <Table.Cell>{money(payment.amount, payment.currency)}</Table.Cell>
                <Table.Cell>{payment.merchant_id}</Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end">
                    <PaymentActions payment={payment} />
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderStripePaymentsWidget
