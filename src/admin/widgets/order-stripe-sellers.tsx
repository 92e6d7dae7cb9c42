import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { AdminOrder, DetailWidgetProps } from "@medusajs/framework/types"
import { Text } from "@medusajs/ui"
import { ExternalLink } from "../components/external-link"
import { ErrorNotice } from "../components/notice"
import { SectionCard } from "../components/section-card"
import { SellerRefundDrawer } from "../components/seller-refund-drawer"
import { SimpleTable } from "../components/simple-table"
import { SellerTransferStatusBadge } from "../components/status-badges"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { useOrderSellers } from "../hooks/use-order-sellers"
import { stripeDashboardUrl } from "../lib/stripe-dashboard"
import type { OrderSellerDocument, SellerTransferDocument } from "../lib/types"

/** A seller's money that has not moved as it should: a refused transfer, or a reversal the seller still owes. */
const SellerProblem = ({ seller }: { seller: SellerTransferDocument }) => {
  const { t, money } = useI18n()
  if (seller.reversal_owed > 0) {
    return (
      <Text size="xsmall" className="text-ui-fg-error">
        {t("orderSellers.owed", { amount: money(seller.reversal_owed, seller.currency) })}
      </Text>
    )
  }
  return seller.failure_message ? (
    <Text size="xsmall" className="text-ui-fg-error">
      {seller.failure_message}
    </Text>
  ) : null
}

/** The seller's lines of the order: quantity, product and variant, and what the line accounts for in its part. */
const SellerItems = ({ seller }: { seller: OrderSellerDocument }) => {
  const { t, money } = useI18n()
  if (!seller.items.length) return null
  return (
    <ul
      className="mt-1 flex flex-col gap-y-0.5"
      aria-label={t("orderSellers.itemsLabel", { account: seller.account_id })}
    >
      {seller.items.map((item) => (
        <li key={item.id}>
          <Text size="xsmall" className="text-ui-fg-subtle">
            {t(item.variant_title ? "orderSellers.item" : "orderSellers.itemNoVariant", {
              quantity: item.quantity,
              title: item.product_title ?? item.title ?? item.id,
              variant: item.variant_title,
              amount: money(item.amount, seller.currency),
            })}
          </Text>
        </li>
      ))}
    </ul>
  )
}

/**
 * The order's sellers when one payment paid several (separate charges and transfers): each seller's lines and part,
 * the platform's fee, the transfer and what refunds took back (account and transfer linked to Stripe's dashboard), with
 * a refund of one seller's part. Orders paid to one account show nothing here.
 */
const OrderStripeSellersWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, money } = useI18n()
  const { can, isLoading: rolesLoading } = usePermissions()
  const allowed = can("GET /admin/stripe-connect/orders/:order_id/sellers")
  const mayRefund = can("POST /admin/stripe-connect/orders/:order_id/sellers/:account_id/refund")
  const { data, error } = useOrderSellers(order.id, { enabled: allowed })
  const sellers = data?.data ?? []
  if (rolesLoading || !allowed || (!error && !sellers.length)) return null

  return (
    <SectionCard title={t("orderSellers.title")} testId="stripe-sellers-widget">
      {error && <ErrorNotice error={error} role="alert" />}
      {sellers.length > 0 && (
        <SimpleTable
          rows={sellers}
          rowKey={(seller) => seller.account_id}
          columns={[
            {
              header: t("orderSellers.seller"),
              cell: (seller) => (
                <div className="flex flex-col">
                  <ExternalLink href={stripeDashboardUrl(seller.livemode, "account", seller.account_id)} className="">
                    {seller.account_id}
                  </ExternalLink>
                  <Text size="xsmall" className="text-ui-fg-subtle">
                    {seller.merchant_id}
                  </Text>
                  <SellerItems seller={seller} />
                </div>
              ),
            },
            { header: t("orderSellers.part"), cell: (seller) => money(seller.charged_amount, seller.currency) },
            { header: t("common.platformFee"), cell: (seller) => money(seller.fee_amount, seller.currency) },
            {
              header: t("orderSellers.transfer"),
              cell: (seller) => (
                <div className="flex flex-col">
                  <Text size="small">{money(seller.transfer_amount, seller.currency)}</Text>
                  {seller.transfer_id && (
                    <ExternalLink
                      href={stripeDashboardUrl(seller.livemode, "transfer", seller.transfer_id)}
                      className=""
                    >
                      {seller.transfer_id}
                    </ExternalLink>
                  )}
                </div>
              ),
            },
            { header: t("common.refunded"), cell: (seller) => money(seller.refunded_amount, seller.currency) },
            { header: t("orderSellers.reversed"), cell: (seller) => money(seller.amount_reversed, seller.currency) },
            {
              header: t("common.status"),
              cell: (seller) => (
                <div className="flex flex-col gap-y-1">
                  <SellerTransferStatusBadge status={seller.status} />
                  <SellerProblem seller={seller} />
                </div>
              ),
            },
            {
              header: "",
              cell: (seller) =>
                mayRefund && seller.status !== "planned" && seller.charged_amount > seller.refunded_amount ? (
                  <div className="flex justify-end">
                    <SellerRefundDrawer orderId={order.id} seller={seller} />
                  </div>
                ) : null,
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

export default OrderStripeSellersWidget
