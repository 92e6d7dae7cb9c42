import { Text, createDataTableColumnHelper } from "@medusajs/ui"
import { ExclamationCircle } from "@medusajs/icons"
import { useNavigate } from "react-router-dom"
import { CreateAccountModal } from "../../../../components/create-account-modal"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { AccountStatusBadge } from "../../../../components/status-badges"
import { useConnectedAccounts } from "../../../../hooks/use-accounts"
import { useI18n } from "../../../../hooks/use-i18n"
import { usePermissions } from "../../../../hooks/use-me"
import type { ConnectedAccountStatusDocument } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<ConnectedAccountStatusDocument>()

const RequirementWarning = ({ account }: { account: ConnectedAccountStatusDocument }) => {
  const { t } = useI18n()
  const { past_due, currently_due } = account.requirements
  if (!past_due.length && !currently_due.length)
    return (
      <Text size="small" className="text-ui-fg-muted">
        {t("accounts.requirementsNone")}
      </Text>
    )
  return (
    <span className={`flex items-center gap-x-1 ${past_due.length ? "text-ui-fg-error" : "text-ui-tag-orange-text"}`}>
      <ExclamationCircle />
      <Text size="small">
        {past_due.length
          ? t("accounts.pastDue", { count: past_due.length })
          : t("accounts.due", { count: currently_due.length })}
      </Text>
    </span>
  )
}

const AccountsPage = () => {
  const { t, dateTime } = useI18n()
  const columns = [
    columnHelper.accessor("merchant_id", { header: t("common.merchant") }),
    columnHelper.accessor("account_id", { header: t("common.account") }),
    columnHelper.accessor("account_type", {
      header: t("common.type"),
      cell: ({ getValue }) => t(`accounts.types.${getValue()}`, { defaultValue: getValue() }),
    }),
    columnHelper.accessor("status", {
      header: t("common.status"),
      cell: ({ getValue }) => <AccountStatusBadge status={getValue()} />,
    }),
    columnHelper.display({
      id: "requirements",
      header: t("accounts.requirements"),
      cell: ({ row }) => <RequirementWarning account={row.original} />,
    }),
    columnHelper.accessor("created_at", { header: t("common.created"), cell: ({ getValue }) => dateTime(getValue()) }),
  ]
  const paging = usePaging()
  const { can } = usePermissions()
  const list = useConnectedAccounts(paging.query)
  const navigate = useNavigate()
  return (
    <DataListPage
      title={t("nav.accounts")}
      subtitle={t("accounts.subtitle")}
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
