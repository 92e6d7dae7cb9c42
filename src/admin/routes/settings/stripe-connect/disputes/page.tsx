import { Container, DataTable, StatusBadge, Text, createDataTableColumnHelper, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"
import { DisputeEvidenceDrawer } from "../../../../components/dispute-evidence-drawer"
import { QueryError } from "../../../../components/query-error"
import { SectionHeader } from "../../../../components/section-header"
import { useDisputes } from "../../../../hooks/use-disputes"
import { usePermissions } from "../../../../hooks/use-me"
import { formatDateTime } from "../../../../lib/dates"
import { daysLeft, sortDisputesByUrgency } from "../../../../lib/dispute-urgency"
import { formatMinor } from "../../../../lib/money"
import type { DisputeDocument } from "../../../../lib/types"

const PAGE_SIZE = 50
const columnHelper = createDataTableColumnHelper<DisputeDocument>()
const STATUS_COLOR: Record<string, "red" | "orange" | "green" | "grey"> = {
  needs_response: "red",
  under_review: "orange",
  won: "green",
  lost: "grey",
}

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
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { can } = usePermissions()
  const canEvidence = can("POST /admin/stripe-connect/disputes/:dispute_id/evidence")
  const { data, isLoading, error } = useDisputes({ limit: PAGE_SIZE, offset: pagination.pageIndex * PAGE_SIZE })
  const columns = [
    columnHelper.accessor("dispute_id", { header: "Dispute" }),
    columnHelper.accessor("status", {
      header: "Status",
      cell: ({ getValue }) => <StatusBadge color={STATUS_COLOR[getValue()] ?? "grey"}>{getValue().replace(/_/g, " ")}</StatusBadge>,
    }),
    columnHelper.accessor("amount", { header: "Amount", cell: ({ row }) => formatMinor(row.original.amount, row.original.currency) }),
    columnHelper.accessor("reason", { header: "Reason", cell: ({ getValue }) => getValue().replace(/_/g, " ") }),
    columnHelper.accessor("account_id", { header: "Account", cell: ({ getValue }) => getValue() ?? "Platform" }),
    columnHelper.accessor("evidence_due_by", { header: "Respond by", cell: ({ row }) => <Deadline dispute={row.original} /> }),
    columnHelper.display({ id: "actions", header: "", cell: ({ row }) => (canEvidence ? <DisputeEvidenceDrawer dispute={row.original} /> : null) }),
  ]
  const table = useDataTable({
    columns,
    data: sortDisputesByUrgency(data?.data ?? []),
    getRowId: (row) => row.dispute_id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Disputes"
        subtitle="Chargebacks on the platform's and merchants' payments, the most urgent first."
        current="/settings/stripe-connect/disputes"
      />
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

export default DisputesPage
