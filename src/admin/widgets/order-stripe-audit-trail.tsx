import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { AuditTrailSection } from "../components/audit-trail-section"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useOrderStripePayments } from "../hooks/use-payments"

/** The audit trail of each of the order's Stripe Connect payments (created, captured, refunded: by whom, how it ended). */
const OrderStripeAuditTrailWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t } = useI18n()
  const { can } = usePermissions()
  const allowed = can("GET /admin/orders/:id/stripe-payments") && can("GET /admin/stripe-connect/audit-entries")
  const { data } = useOrderStripePayments(order.id, { enabled: allowed })
  if (!allowed) return null
  return (
    <>
      {(data?.data ?? []).map((payment) => (
        <AuditTrailSection
          key={payment.payment_intent_id}
          title={t("audit.paymentTitle", { id: payment.payment_intent_id })}
          filter={{ resource_type: "payment", resource_id: payment.payment_intent_id }}
        />
      ))}
    </>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderStripeAuditTrailWidget
