import { createDataTableColumnHelper } from "@medusajs/ui"
import { CreateTransferModal } from "../../../../components/create-transfer-modal"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { ReverseTransferDrawer } from "../../../../components/reverse-transfer-drawer"
import { TransferStatusBadge } from "../../../../components/status-badges"
import { useI18n } from "../../../../hooks/use-i18n"
import { usePermissions } from "../../../../hooks/use-me"
import { useTransfers } from "../../../../hooks/use-transfers"
import type { TransferDocument } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<TransferDocument>()

const TransfersPage = () => {
  const { t, money, date, dateTime } = useI18n()
  const paging = usePaging()
  const { can } = usePermissions()
  const canReverse = can("POST /admin/stripe-connect/transfers/:transfer_id/reverse")
  const list = useTransfers(paging.query)
  const columns = [
    columnHelper.accessor("transfer_id", { header: t("transfers.transfer") }),
    columnHelper.accessor("account_id", { header: t("common.account") }),
    columnHelper.accessor("status", {
      header: t("common.status"),
      cell: ({ getValue }) => <TransferStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("amount", {
      header: t("common.amount"),
      cell: ({ row }) => money(row.original.amount, row.original.currency),
    }),
    columnHelper.accessor("amount_reversed", {
      header: t("transfers.reversed"),
      cell: ({ row }) => money(row.original.amount_reversed, row.original.currency),
    }),
    columnHelper.accessor("arrival_date", { header: t("common.arrives"), cell: ({ getValue }) => date(getValue()) }),
    columnHelper.accessor("created_at", { header: t("common.created"), cell: ({ getValue }) => dateTime(getValue()) }),
    columnHelper.display({
      id: "actions",
      header: "",
      cell: ({ row }) => (canReverse ? <ReverseTransferDrawer transfer={row.original} /> : null),
    }),
  ]
  return (
    <DataListPage
      title={t("nav.transfers")}
      subtitle={t("transfers.subtitle")}
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
