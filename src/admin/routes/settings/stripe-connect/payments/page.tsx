import { createDataTableColumnHelper } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { PaymentActions } from "../../../../components/payment-actions"
import { PaymentStatusBadge } from "../../../../components/status-badges"
import { usePayments } from "../../../../hooks/use-payments"
import { formatDateTime } from "../../../../lib/dates"
import { formatMinor } from "../../../../lib/money"
import type { PaymentDocument } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<PaymentDocument>()

const columns = [
  columnHelper.accessor("payment_intent_id", { header: "Payment" }),
  columnHelper.accessor("merchant_id", { header: "Merchant" }),
  columnHelper.accessor("status", { header: "Status", cell: ({ getValue }) => <PaymentStatusBadge status={getValue()} /> }),
  columnHelper.accessor("amount", { header: "Amount", cell: ({ row }) => formatMinor(row.original.amount, row.original.currency) }),
  columnHelper.accessor("application_fee", { header: "Platform fee", cell: ({ row }) => formatMinor(row.original.fee_kept, row.original.currency) }),
  columnHelper.accessor("amount_refunded", { header: "Refunded", cell: ({ row }) => formatMinor(row.original.amount_refunded, row.original.currency) }),
  columnHelper.accessor("order_id", {
    header: "Order",
    cell: ({ getValue }) => {
      const orderId = getValue()
      return orderId ? (
        <Link to={`/orders/${orderId}`} className="text-ui-fg-interactive" onClick={(e) => e.stopPropagation()}>
          Open order
        </Link>
      ) : (
        "-"
      )
    },
  }),
  columnHelper.accessor("created_at", { header: "Created", cell: ({ getValue }) => formatDateTime(getValue()) }),
  columnHelper.display({ id: "actions", header: "", cell: ({ row }) => <PaymentActions payment={row.original} /> }),
]

const PaymentsPage = () => {
  const paging = usePaging()
  const list = usePayments(paging.query)
  return (
    <DataListPage
      title="Payments"
      subtitle="Destination charges to connected accounts, with the platform fee kept and what was refunded."
      current="/settings/stripe-connect/payments"
      paging={paging}
      list={list}
      columns={columns}
      getRowId={(row) => row.payment_intent_id}
    />
  )
}

export default PaymentsPage
