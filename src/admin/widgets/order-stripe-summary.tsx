import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { SectionCard } from "../components/section-card"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useOrderStripePayments } from "../hooks/use-payments"
import { summarizePayments } from "../lib/payment-split"

/** One line of a currency's split: what it is on the left, the amount on the right. */
const SplitLine = ({ label, amount }: { label: string; amount: string }) => (
  <div className="flex justify-between">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small">{amount}</Text>
  </div>
)

/** A compact line per currency in the order's side column: merchant's share and platform fee. */
const OrderStripeSummaryWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, money } = useI18n()
  const { can } = usePermissions()
  const allowed = can("GET /admin/orders/:id/stripe-payments")
  const { data } = useOrderStripePayments(order.id, { enabled: allowed })
  const splits = summarizePayments(data?.data ?? [])
  if (!allowed || !splits.length) return null
  return (
    <SectionCard title={t("nav.label")} testId="stripe-summary-widget">
      {splits.map((split) => (
        <div key={split.currency} className="flex flex-col gap-y-1 px-6 py-4">
          <SplitLine label={t("common.merchant")} amount={money(split.merchant_share, split.currency)} />
          <SplitLine label={t("common.platformFee")} amount={money(split.platform_fee, split.currency)} />
          {split.refunded > 0 && (
            <SplitLine label={t("common.refunded")} amount={money(split.refunded, split.currency)} />
          )}
        </div>
      ))}
    </SectionCard>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderStripeSummaryWidget
