import { Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useAccountSellerTransfers } from "../hooks/use-account-sales"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { ErrorNotice, Notice } from "./notice"
import { SectionCard } from "./section-card"
import { SimpleTable } from "./simple-table"
import { SellerTransferStatusBadge } from "./status-badges"

/** The account's newest parts of multi-seller orders: what it sold, the platform's fee and what it was paid. */
export const SellerOrdersSection = ({ accountId }: { accountId: string }) => {
  const { t, money } = useI18n()
  const { can } = usePermissions()
  const allowed = can("GET /admin/stripe-connect/accounts/:account_id/seller-transfers")
  const { data, error, isLoading } = useAccountSellerTransfers(accountId, { limit: 20 }, { enabled: allowed })
  if (!allowed) return null
  const rows = data?.data ?? []

  return (
    <SectionCard title={t("sellerOrders.title")} testId="seller-orders">
      <Text size="small" className="text-ui-fg-subtle px-6 pt-4">
        {t("sellerOrders.subtitle", { count: data?.count ?? 0 })}
      </Text>
      {error && <ErrorNotice error={error} />}
      {!isLoading && !error && !rows.length && <Notice tone="muted">{t("sellerOrders.empty")}</Notice>}
      {rows.length > 0 && (
        <SimpleTable
          rows={rows}
          rowKey={(row) => row.id}
          columns={[
            {
              header: t("payments.order"),
              cell: (row) =>
                row.order_id ? (
                  <Link to={`/orders/${row.order_id}`} className="text-ui-fg-interactive">
                    {row.order_id}
                  </Link>
                ) : (
                  "-"
                ),
            },
            { header: t("orderSellers.part"), cell: (row) => money(row.charged_amount, row.currency) },
            { header: t("common.platformFee"), cell: (row) => money(row.fee_amount, row.currency) },
            { header: t("orderSellers.transfer"), cell: (row) => money(row.transfer_amount, row.currency) },
            { header: t("orderSellers.reversed"), cell: (row) => money(row.amount_reversed, row.currency) },
            { header: t("common.status"), cell: (row) => <SellerTransferStatusBadge status={row.status} /> },
          ]}
        />
      )}
    </SectionCard>
  )
}
