import { Text, createDataTableColumnHelper } from "@medusajs/ui"
import { ExclamationCircle } from "@medusajs/icons"
import { useNavigate } from "react-router-dom"
import { CreateAccountModal } from "../../../../components/create-account-modal"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { AccountStatusBadge } from "../../../../components/status-badges"
import { useConnectedAccounts } from "../../../../hooks/use-accounts"
import { usePermissions } from "../../../../hooks/use-me"
import { formatDateTime } from "../../../../lib/dates"
import type { ConnectedAccountStatusDocument } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<ConnectedAccountStatusDocument>()

const RequirementWarning = ({ account }: { account: ConnectedAccountStatusDocument }) => {
  const { past_due, currently_due } = account.requirements
  if (!past_due.length && !currently_due.length) return <Text size="small" className="text-ui-fg-muted">None</Text>
  return (
    <span className={`flex items-center gap-x-1 ${past_due.length ? "text-ui-fg-error" : "text-ui-tag-orange-text"}`}>
      <ExclamationCircle />
      <Text size="small">{past_due.length ? `${past_due.length} past due` : `${currently_due.length} due`}</Text>
    </span>
  )
}

const columns = [
  columnHelper.accessor("merchant_id", { header: "Merchant" }),
  columnHelper.accessor("account_id", { header: "Account" }),
  columnHelper.accessor("account_type", { header: "Type" }),
  columnHelper.accessor("status", { header: "Status", cell: ({ getValue }) => <AccountStatusBadge status={getValue()} /> }),
  columnHelper.display({ id: "requirements", header: "Requirements", cell: ({ row }) => <RequirementWarning account={row.original} /> }),
  columnHelper.accessor("created_at", { header: "Created", cell: ({ getValue }) => formatDateTime(getValue()) }),
]

const AccountsPage = () => {
  const paging = usePaging()
  const { can } = usePermissions()
  const list = useConnectedAccounts(paging.query)
  const navigate = useNavigate()
  return (
    <DataListPage
      title="Connected accounts"
      subtitle="Merchants' Stripe accounts, their status and what Stripe still needs from them."
      current="/settings/stripe-connect/accounts"
      actions={can("POST /admin/stripe-connect/accounts") ? <CreateAccountModal /> : null}
      paging={paging}
      list={list}
      columns={columns}
      getRowId={(row) => row.account_id}
      onRowClick={(row) => navigate(`/settings/stripe-connect/accounts/${row.account_id}`)}
    />
  )
}

export default AccountsPage
