import { Container, DataTable, StatusBadge, createDataTableColumnHelper, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"
import { CreateTransferModal } from "../../../../components/create-transfer-modal"
import { QueryError } from "../../../../components/query-error"
import { ReverseTransferDrawer } from "../../../../components/reverse-transfer-drawer"
import { SectionHeader } from "../../../../components/section-header"
import { usePermissions } from "../../../../hooks/use-me"
import { useTransfers } from "../../../../hooks/use-transfers"
import { formatDateTime } from "../../../../lib/dates"
import { formatMinor } from "../../../../lib/money"
import type { TransferDocument } from "../../../../lib/types"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<TransferDocument>()
const STATUS_COLOR: Record<string, "green" | "orange" | "purple" | "grey"> = {
  paid: "green",
  pending: "orange",
  partially_reversed: "purple",
  reversed: "grey",
}

const TransfersPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { can } = usePermissions()
  const canReverse = can("POST /admin/stripe-connect/transfers/:transfer_id/reverse")
  const { data, isLoading, error } = useTransfers({ limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })
  const columns = [
    columnHelper.accessor("transfer_id", { header: "Transfer" }),
    columnHelper.accessor("account_id", { header: "Account" }),
    columnHelper.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <StatusBadge color={STATUS_COLOR[getValue()] ?? "grey"}>{getValue().replace(/_/g, " ")}</StatusBadge>,
    }),
    columnHelper.accessor("amount", { header: "Amount", cell: ({ row }) => formatMinor(row.original.amount, row.original.currency) }),
    columnHelper.accessor("amount_reversed", { header: "Reversed", cell: ({ row }) => formatMinor(row.original.amount_reversed, row.original.currency) }),
    columnHelper.accessor("arrival_date", { header: "Arrives", cell: ({ getValue }) => getValue() ?? "-" }),
    columnHelper.accessor("created_at", { header: "Created", cell: ({ getValue }) => formatDateTime(getValue()) }),
    columnHelper.display({ id: "actions", header: "", cell: ({ row }) => (canReverse ? <ReverseTransferDrawer transfer={row.original} /> : null) }),
  ]
  const table = useDataTable({
    columns,
    data: data?.data ?? [],
    getRowId: (row) => row.transfer_id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Transfers"
        subtitle="Money sent from the platform's balance to connected accounts, and what came back."
        current="/settings/stripe-connect/transfers"
        actions={can("POST /admin/stripe-connect/transfers") ? <CreateTransferModal /> : null}
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

export default TransfersPage
