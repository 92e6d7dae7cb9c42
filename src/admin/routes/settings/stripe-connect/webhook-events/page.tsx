import { Input, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { OptionSelect } from "../../../../components/option-select"
import { RecoverEventsButton } from "../../../../components/recover-events-button"
import { WebhookStatusBadge } from "../../../../components/status-badges"
import { usePermissions } from "../../../../hooks/use-me"
import { useWebhookEvents } from "../../../../hooks/use-webhook-events"
import { formatDateTime } from "../../../../lib/dates"
import type { WebhookEventResponse } from "../../../../lib/types"

const ALL = "all"
const STATUS_OPTIONS = [{ value: ALL, label: "All statuses" }, "pending", "processing", "processed", "failed", "ignored"]
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
  const paging = usePaging()
  const [status, setStatus] = useState(ALL)
  const [type, setType] = useState("")
  const [account, setAccount] = useState("")
  const { can } = usePermissions()
  const navigate = useNavigate()
  const list = useWebhookEvents({
    ...paging.query,
    status: status === ALL ? undefined : status,
    type: type.trim() || undefined,
    account: account.trim() || undefined,
  })
  // A changed filter starts again at the first page.
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    paging.resetPage()
  }

  return (
    <DataListPage
      title="Webhook events"
      subtitle="Every Stripe event the store received, stored before it was answered, with its processing state."
      current="/settings/stripe-connect/webhook-events"
      actions={can("POST /admin/stripe-connect/webhook-events/recover") ? <RecoverEventsButton /> : null}
      toolbar={
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <div className="w-40">
            <OptionSelect size="small" value={status} onValueChange={filter(setStatus)} options={STATUS_OPTIONS} ariaLabel="Status filter" />
          </div>
          <Input size="small" className="w-56" placeholder="Type, e.g. payment_intent.succeeded" value={type} onChange={(e) => filter(setType)(e.target.value)} />
          <Input size="small" className="w-56" placeholder="Account (acct_...)" value={account} onChange={(e) => filter(setAccount)(e.target.value)} />
        </div>
      }
      paging={paging}
      list={list}
      columns={columns}
      getRowId={(row) => row.id}
      onRowClick={(row) => navigate(`/settings/stripe-connect/webhook-events/${row.id}`)}
    />
  )
}

export default WebhookEventsPage
