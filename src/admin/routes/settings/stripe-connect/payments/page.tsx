import { createDataTableColumnHelper } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { PaymentActions } from "../../../../components/payment-actions"
import { PaymentStatusBadge } from "../../../../components/status-badges"
import { useI18n } from "../../../../hooks/use-i18n"
import { usePayments } from "../../../../hooks/use-payments"
import type { PaymentDocument } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<PaymentDocument>()

const PaymentsPage = () => {
  const { t, money, dateTime } = useI18n()
  const columns = [
    columnHelper.accessor("payment_intent_id", { header: t("payments.payment") }),
    columnHelper.accessor("merchant_id", { header: t("common.merchant") }),
    columnHelper.accessor("status", {
      header: t("common.status"),
      cell: ({ getValue }) => <PaymentStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("amount", {
      header: t("common.amount"),
      cell: ({ row }) => money(row.original.amount, row.original.currency),
    }),
    columnHelper.accessor("application_fee", {
      header: t("common.platformFee"),
      cell: ({ row }) => money(row.original.fee_kept, row.original.currency),
    }),
    columnHelper.accessor("amount_refunded", {
      header: t("common.refunded"),
      cell: ({ row }) => money(row.original.amount_refunded, row.original.currency),
    }),
    columnHelper.accessor("order_id", {
      header: t("payments.order"),
      cell: ({ getValue }) => {
        const orderId = getValue()
        return orderId ? (
          <Link to={`/orders/${orderId}`} className="text-ui-fg-interactive" onClick={(e) => e.stopPropagation()}>
            {t("payments.openOrder")}
          </Link>
        ) : (
          "-"
        )
      },
    }),
    columnHelper.accessor("created_at", { header: t("common.created"), cell: ({ getValue }) => dateTime(getValue()) }),
    columnHelper.display({ id: "actions", header: "", cell: ({ row }) => <PaymentActions payment={row.original} /> }),
  ]
  const paging = usePaging()
  const list = usePayments(paging.query)
  return (
    <DataListPage
      title={t("nav.payments")}
      subtitle={t("payments.subtitle")}
      current="/settings/stripe-connect/payments"
      paging={paging}
      list={list}
      columns={columns}
      getRowId={(row) => row.payment_intent_id}
    />
  )
}

export default PaymentsPage
