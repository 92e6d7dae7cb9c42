import { Container, DataTable, Input, Select, createDataTableColumnHelper, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { QueryError } from "../../../../components/query-error"
import { RecoverEventsButton } from "../../../../components/recover-events-button"
import { SectionHeader } from "../../../../components/section-header"
import { WebhookStatusBadge } from "../../../../components/status-badges"
import { usePermissions } from "../../../../hooks/use-me"
import { useWebhookEvents } from "../../../../hooks/use-webhook-events"
import { formatDateTime } from "../../../../lib/dates"
import type { WebhookEventResponse } from "../../../../lib/types"

const PAGE_SIZE = 20
const STATUSES = ["pending", "processing", "processed", "failed", "ignored"]
const ALL = "all"
const columnHelper = createDataTableColumnHelper<WebhookEventResponse>()

const columns = [
  columnHelper.accessor("type", { header: "Type" }),
  columnHelper.accessor("status", { header: "Status", cell: ({ getValue }) => <WebhookStatusBadge status={getValue()} /> }),
  columnHelper.accessor("account", { header: "Account", cell: ({ getValue }) => getValue() ?? "Platform" }),
  columnHelper.accessor("attempts", { header: "Attempts" }),
  columnHelper.accessor("stripe_event_id", { header: "Stripe event" }),
  columnHelper.accessor("created_at", { header: "Received", cell: ({ getValue }) => formatDateTime(getValue()) }),
]

const WebhookEventsPage = () => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [status, setStatus] = useState(ALL)
  const [type, setType] = useState("")
  const [account, setAccount] = useState("")
  const { can } = usePermissions()
  const navigate = useNavigate()
  const { data, isLoading, error } = useWebhookEvents({
    limit: PAGE_SIZE,
    offset: pagination.pageIndex * PAGE_SIZE,
    status: status === ALL ? undefined : status,
    type: type.trim() || undefined,
    account: account.trim() || undefined,
  })
  const table = useDataTable({
    columns,
    data: data?.data ?? [],
    getRowId: (row) => row.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/settings/stripe-connect/webhook-events/${row.id}`),
  })
  const resetPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }))

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Webhook events"
        subtitle="Every Stripe event the store received, stored before it was answered, with its processing state."
        current="/settings/stripe-connect/webhook-events"
        actions={can("POST /admin/stripe-connect/webhook-events/recover") ? <RecoverEventsButton /> : null}
      />
      <div className="flex flex-wrap items-center gap-2 px-6 py-3">
        <div className="w-40">
          <Select
            size="small"
            value={status}
            onValueChange={(value) => {
              setStatus(value)
              resetPage()
            }}
          >
            <Select.Trigger aria-label="Status filter">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>All statuses</Select.Item>
              {STATUSES.map((value) => (
                <Select.Item key={value} value={value}>
                  {value}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </div>
        <Input
          size="small"
          className="w-56"
          placeholder="Type, e.g. payment_intent.succeeded"
          value={type}
          onChange={(e) => {
            setType(e.target.value)
            resetPage()
          }}
        />
        <Input
          size="small"
          className="w-56"
          placeholder="Account (acct_...)"
          value={account}
          onChange={(e) => {
            setAccount(e.target.value)
            resetPage()
          }}
        />
      </div>
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

export default WebhookEventsPage
