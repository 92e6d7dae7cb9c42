import { createDataTableColumnHelper, toast, usePrompt } from "@medusajs/ui"
import { ArrowUpRightOnBox, XCircle } from "@medusajs/icons"
import { CreateIntegrationModal } from "../../../../components/create-integration-modal"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { IntegrationStatusBadge } from "../../../../components/status-badges"
import { useAuthorizeIntegration, useDisconnectIntegration, useIntegrations } from "../../../../hooks/use-integrations"
import { usePermissions } from "../../../../hooks/use-me"
import { errorMessage } from "../../../../lib/api"
import { formatDateTime } from "../../../../lib/dates"
import type { IntegrationResponse } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<IntegrationResponse>()

const IntegrationsPage = () => {
  const paging = usePaging()
  const { can } = usePermissions()
  const list = useIntegrations(paging.query)
  const authorize = useAuthorizeIntegration()
  const disconnect = useDisconnectIntegration()
  const prompt = usePrompt()

  const connect = (integration: IntegrationResponse) =>
    authorize.mutate(integration.id, {
      onSuccess: ({ authorize_url }) => window.open(authorize_url, "_blank", "noopener"),
      onError: (e) => toast.error(errorMessage(e)),
    })

  const confirmDisconnect = async (integration: IntegrationResponse) => {
    const confirmed = await prompt({
      title: `Disconnect ${integration.name}?`,
      description: "The platform loses access to this Stripe account and its webhook endpoint is removed.",
      confirmText: "Disconnect",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    disconnect.mutate(integration.id, {
      onSuccess: () => toast.success(`${integration.name} disconnected`),
      onError: (e) => toast.error(errorMessage(e)),
    })
  }

  const columns = [
    columnHelper.accessor("name", { header: "Name" }),
    columnHelper.accessor("merchant_id", { header: "Merchant", cell: ({ getValue }) => getValue() ?? "Platform" }),
    columnHelper.accessor("status", { header: "Status", cell: ({ getValue }) => <IntegrationStatusBadge status={getValue()} /> }),
    columnHelper.accessor("stripe_account_id", { header: "Stripe account", cell: ({ getValue }) => getValue() ?? "-" }),
    columnHelper.accessor("mode", { header: "Mode" }),
    columnHelper.accessor("connected_at", { header: "Connected", cell: ({ getValue }) => formatDateTime(getValue()) }),
    columnHelper.action({
      actions: ({ row }) =>
        row.original.status === "connected"
          ? [{ label: "Disconnect", icon: <XCircle />, onClick: () => confirmDisconnect(row.original) }]
          : [{ label: "Connect with Stripe", icon: <ArrowUpRightOnBox />, onClick: () => connect(row.original) }],
    }),
  ]

  return (
    <DataListPage
      title="Stripe integrations"
      subtitle="Existing Stripe accounts connected to the platform through OAuth."
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
