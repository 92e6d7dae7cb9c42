import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Container, Heading, Text } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useOrderStripePayments } from "../hooks/use-payments"
import { summarizePayments } from "../lib/payment-split"

/** A compact line per currency in the order's side column: merchant's share and platform fee. */
const OrderStripeSummaryWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, money } = useI18n()
  const { can } = usePermissions()
  const allowed = can("GET /admin/orders/:id/stripe-payments")
  const { data } = useOrderStripePayments(order.id, { enabled: allowed })
  const splits = summarizePayments(data?.data ?? [])
  if (!allowed || !splits.length) return null
  return (
    <Container className="divide-y p-0" data-testid="stripe-summary-widget">
      <div className="px-6 py-4">
        <Heading level="h2">{t("nav.label")}</Heading>
      </div>
      {splits.map((split) => (
        <div key={split.currency} className="flex flex-col gap-y-1 px-6 py-4">
          <div className="flex justify-between">
            <Text size="small" className="text-ui-fg-subtle">
              {t("common.merchant")}
            </Text>
            <Text size="small">{money(split.merchant_share, split.currency)}</Text>
          </div>
          <div className="flex justify-between">
            <Text size="small" className="text-ui-fg-subtle">
              {t("common.platformFee")}
            </Text>
            <Text size="small">{money(split.platform_fee, split.currency)}</Text>
          </div>
          {split.refunded > 0 && (
            <div className="flex justify-between">
              <Text size="small" className="text-ui-fg-subtle">
                {t("common.refunded")}
              </Text>
              <Text size="small">{money(split.refunded, split.currency)}</Text>
            </div>
          )}
        </div>
      ))}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderStripeSummaryWidget
