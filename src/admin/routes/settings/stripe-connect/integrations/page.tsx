import { createDataTableColumnHelper } from "@medusajs/ui"
import { ArrowUpRightOnBox, XCircle } from "@medusajs/icons"
import { CreateIntegrationModal } from "../../../../components/create-integration-modal"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { IntegrationStatusBadge } from "../../../../components/status-badges"
import { toastError, toastOutcome, useConfirm } from "../../../../components/use-confirm"
import { useI18n } from "../../../../hooks/use-i18n"
import { useAuthorizeIntegration, useDisconnectIntegration, useIntegrations } from "../../../../hooks/use-integrations"
import { usePermissions } from "../../../../hooks/use-me"
import type { IntegrationResponse } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<IntegrationResponse>()

const IntegrationsPage = () => {
  const { t, dateTime } = useI18n()
  const paging = usePaging()
  const { can } = usePermissions()
  const list = useIntegrations(paging.query)
  const authorize = useAuthorizeIntegration()
  const disconnect = useDisconnectIntegration()
  const confirm = useConfirm()

  const connect = (integration: IntegrationResponse) =>
    authorize.mutate(integration.id, {
      onSuccess: ({ authorize_url }) => window.open(authorize_url, "_blank", "noopener"),
      onError: toastError,
    })

  const confirmDisconnect = async (integration: IntegrationResponse) => {
    const confirmed = await confirm({
      title: t("integrations.disconnect.confirmTitle", { name: integration.name }),
      description: t("integrations.disconnect.confirmDescription"),
      confirmText: t("integrations.disconnect.button"),
    })
    if (confirmed)
      disconnect.mutate(
        integration.id,
        toastOutcome(() => t("integrations.disconnect.done", { name: integration.name }))
      )
  }

  const columns = [
    columnHelper.accessor("name", { header: t("common.name") }),
    columnHelper.accessor("merchant_id", {
      header: t("common.merchant"),
      cell: ({ getValue }) => getValue() ?? t("common.platform"),
    }),
    columnHelper.accessor("status", {
      header: t("common.status"),
      cell: ({ getValue }) => <IntegrationStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("stripe_account_id", {
      header: t("integrations.stripeAccount"),
      cell: ({ getValue }) => getValue() ?? "-",
    }),
    columnHelper.accessor("mode", {
      header: t("common.mode"),
      cell: ({ getValue }) => t(`common.modes.${getValue()}`, { defaultValue: getValue() }),
    }),
    columnHelper.accessor("connected_at", {
      header: t("integrations.connected"),
      cell: ({ getValue }) => dateTime(getValue()),
    }),
    columnHelper.action({
      actions: ({ row }) =>
        row.original.status === "connected"
          ? [
              {
                label: t("integrations.disconnect.button"),
                icon: <XCircle />,
                onClick: () => confirmDisconnect(row.original),
              },
            ]
          : [{ label: t("integrations.connect"), icon: <ArrowUpRightOnBox />, onClick: () => connect(row.original) }],
    }),
  ]

  return (
    <DataListPage
      title={t("integrations.title")}
      subtitle={t("integrations.subtitle")}
      current="/settings/stripe-connect/integrations"
      actions={can("POST /admin/stripe-connect/integrations") ? <CreateIntegrationModal /> : null}
      paging={paging}
      list={list}
      columns={can("POST /admin/stripe-connect/integrations/:id/authorize") ? columns : columns.slice(0, -1)}
      getRowId={(row) => row.id}
    />
  )
}

export default IntegrationsPage
