import { Container, DataTable, createDataTableColumnHelper, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { PaymentActions } from "../../../../components/payment-actions"
import { QueryError } from "../../../../components/query-error"
import { SectionHeader } from "../../../../components/section-header"
import { PaymentStatusBadge } from "../../../../components/status-badges"
import { usePayments } from "../../../../hooks/use-payments"
import { formatDateTime } from "../../../../lib/dates"
import { formatMinor } from "../../../../lib/money"
import type { PaymentDocument } from "../../../../lib/types"

const PAGE_SIZE = 20
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
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isLoading, error } = usePayments({ limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })
  const table = useDataTable({
    columns,
    data: data?.data ?? [],
    getRowId: (row) => row.payment_intent_id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Payments"
        subtitle="Destination charges to connected accounts, with the platform fee kept and what was refunded."
        current="/settings/stripe-connect/payments"
      />
      {error ? (
        <QueryError error={error} />
      ) : (
        <DataTable instance={table}>
          <DataTable.Table />
          <DataTable.Pagination />
        </DataTable>
      )}
    </Container>
  )
}

export default PaymentsPage
