import { Input, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { useNavigate } from "react-router-dom"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { OptionSelect } from "../../../../components/option-select"
import { RecoverEventsButton } from "../../../../components/recover-events-button"
import { WebhookStatusBadge } from "../../../../components/status-badges"
import { useI18n } from "../../../../hooks/use-i18n"
import { usePermissions } from "../../../../hooks/use-me"
import { useWebhookEvents } from "../../../../hooks/use-webhook-events"
import type { WebhookEventResponse } from "../../../../lib/types"

const ALL = "all"
const STATUSES = ["pending", "processing", "processed", "failed", "ignored", "rejected"]
const columnHelper = createDataTableColumnHelper<WebhookEventResponse>()

/** An `evt_` id finds the event itself; any other Stripe id finds the events about that object. */
const stripeIdFilter = (id: string) => {
  if (!id) return {}
  return id.startsWith("evt_") ? { stripe_event_id: id } : { object_id: id }
}

/** A text filter of the list; its placeholder says what it matches. */
const FilterInput = (props: { placeholder: string; value: string; onChange: (value: string) => void }) => (
  <Input
    size="small"
    className="w-56"
    placeholder={props.placeholder}
    value={props.value}
    onChange={(e) => props.onChange(e.target.value)}
  />
)

const WebhookEventsPage = () => {
  const { t, dateTime } = useI18n()
  const columns = [
    columnHelper.accessor("type", { header: t("common.type") }),
    columnHelper.accessor("status", {
      header: t("common.status"),
      cell: ({ getValue }) => <WebhookStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("account", {
      header: t("common.account"),
      cell: ({ getValue }) => getValue() ?? t("common.platform"),
    }),
    columnHelper.accessor("attempts", { header: t("webhookEvents.attempts") }),
    columnHelper.accessor("stripe_event_id", { header: t("webhookEvents.stripeEvent") }),
    columnHelper.accessor("created_at", {
      header: t("webhookEvents.received"),
      cell: ({ getValue }) => dateTime(getValue()),
    }),
  ]
  const statusOptions = [
    { value: ALL, label: t("webhookEvents.allStatuses") },
    ...STATUSES.map((value) => ({ value, label: t(`status.webhook.${value}`) })),
  ]
  const paging = usePaging()
  const [status, setStatus] = useState(ALL)
  const [type, setType] = useState("")
  const [account, setAccount] = useState("")
  const [stripeId, setStripeId] = useState("")
  const { can } = usePermissions()
  const navigate = useNavigate()
  const list = useWebhookEvents({
    ...paging.query,
    status: status === ALL ? undefined : status,
    type: type.trim() || undefined,
    account: account.trim() || undefined,
    ...stripeIdFilter(stripeId.trim()),
  })
  // A changed filter starts again at the first page.
  const filter = (set: (value: string) => void) => (value: string) => {
    set(value)
    paging.resetPage()
  }

  return (
    <DataListPage
      title={t("nav.webhookEvents")}
      subtitle={t("webhookEvents.subtitle")}
      current="/settings/stripe-connect/webhook-events"
      actions={can("POST /admin/stripe-connect/webhook-events/recover") ? <RecoverEventsButton /> : null}
      toolbar={
        <div className="flex flex-wrap items-center gap-2 px-6 py-3">
          <div className="w-40">
            <OptionSelect
              size="small"
              value={status}
              onValueChange={filter(setStatus)}
              options={statusOptions}
              ariaLabel={t("webhookEvents.statusFilter")}
            />
          </div>
          <FilterInput placeholder={t("webhookEvents.typePlaceholder")} value={type} onChange={filter(setType)} />
          <FilterInput
            placeholder={t("webhookEvents.accountPlaceholder")}
            value={account}
            onChange={filter(setAccount)}
          />
          <FilterInput
            placeholder={t("webhookEvents.stripeIdPlaceholder")}
            value={stripeId}
            onChange={filter(setStripeId)}
          />
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
