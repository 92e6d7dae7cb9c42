import { createDataTableColumnHelper } from "@medusajs/ui"
import { CreateTransferModal } from "../../../../components/create-transfer-modal"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { ReverseTransferDrawer } from "../../../../components/reverse-transfer-drawer"
import { TransferStatusBadge } from "../../../../components/status-badges"
import { usePermissions } from "../../../../hooks/use-me"
import { useTransfers } from "../../../../hooks/use-transfers"
import { formatDateTime } from "../../../../lib/dates"
import { formatMinor } from "../../../../lib/money"
import type { TransferDocument } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<TransferDocument>()

const TransfersPage = () => {
  const paging = usePaging()
  const { can } = usePermissions()
  const canReverse = can("POST /admin/stripe-connect/transfers/:transfer_id/reverse")
  const list = useTransfers(paging.query)
  const columns = [
    columnHelper.accessor("transfer_id", { header: "Transfer" }),
    columnHelper.accessor("account_id", { header: "Account" }),
    columnHelper.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <TransferStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("amount", { header: "Amount", cell: ({ row }) => formatMinor(row.original.amount, row.original.currency) }),
    columnHelper.accessor("amount_reversed", { header: "Reversed", cell: ({ row }) => formatMinor(row.original.amount_reversed, row.original.currency) }),
    columnHelper.accessor("arrival_date", { header: "Arrives", cell: ({ getValue }) => getValue() ?? "-" }),
    columnHelper.accessor("created_at", { header: "Created", cell: ({ getValue }) => formatDateTime(getValue()) }),
    columnHelper.display({ id: "actions", header: "", cell: ({ row }) => (canReverse ? <ReverseTransferDrawer transfer={row.original} /> : null) }),
  ]
  return (
    <DataListPage
      title="Transfers"
      subtitle="Money sent from the platform's balance to connected accounts, and what came back."
      current="/settings/stripe-connect/transfers"
      actions={can("POST /admin/stripe-connect/transfers") ? <CreateTransferModal /> : null}
      paging={paging}
      list={list}
      columns={columns}
      getRowId={(row) => row.transfer_id}
    />
  )
}

export default TransfersPage
