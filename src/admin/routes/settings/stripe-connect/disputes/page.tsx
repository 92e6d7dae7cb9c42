import { Text, createDataTableColumnHelper } from "@medusajs/ui"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { DisputeEvidenceDrawer } from "../../../../components/dispute-evidence-drawer"
import { DisputeStatusBadge } from "../../../../components/status-badges"
import { useDisputes } from "../../../../hooks/use-disputes"
import { usePermissions } from "../../../../hooks/use-me"
import { formatDateTime } from "../../../../lib/dates"
import { daysLeft } from "../../../../lib/dispute-urgency"
import { formatMinor } from "../../../../lib/money"
import type { DisputeDocument } from "../../../../lib/types"

const PAGE_SIZE = 50
const columnHelper = createDataTableColumnHelper<DisputeDocument>()

const Deadline = ({ dispute }: { dispute: DisputeDocument }) => {
  const left = daysLeft(dispute.evidence_due_by, new Date())
  if (left === null) return <>-</>
  const urgent = dispute.status === "needs_response" && left <= 3
  return (
    <Text size="small" className={urgent ? "text-ui-fg-error" : undefined}>
      {formatDateTime(dispute.evidence_due_by)} {dispute.status === "needs_response" ? `(${left < 0 ? "past due" : `${left} days left`})` : ""}
    </Text>
  )
}

const DisputesPage = () => {
  const paging = usePaging(PAGE_SIZE)
  const { can } = usePermissions()
  const canEvidence = can("POST /admin/stripe-connect/disputes/:dispute_id/evidence")
  // The API orders by urgency across pages (the most urgent dispute may be the oldest).
  const list = useDisputes({ ...paging.query, order: "urgency" })
  const columns = [
    columnHelper.accessor("dispute_id", { header: "Dispute" }),
    columnHelper.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <DisputeStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("amount", { header: "Amount", cell: ({ row }) => formatMinor(row.original.amount, row.original.currency) }),
    columnHelper.accessor("reason", { header: "Reason", cell: ({ getValue }) => getValue().replace(/_/g, " ") }),
    columnHelper.accessor("account_id", { header: "Account", cell: ({ getValue }) => getValue() ?? "Platform" }),
    columnHelper.accessor("evidence_due_by", { header: "Respond by", cell: ({ row }) => <Deadline dispute={row.original} /> }),
    columnHelper.display({ id: "actions", header: "", cell: ({ row }) => (canEvidence ? <DisputeEvidenceDrawer dispute={row.original} /> : null) }),
  ]
  return (
    <DataListPage
      title="Disputes"
      subtitle="Chargebacks on the platform's and merchants' payments, the most urgent first."
      current="/settings/stripe-connect/disputes"
      paging={paging}
      list={list}
      columns={columns}
      getRowId={(row) => row.dispute_id}
    />
  )
}

export default DisputesPage
