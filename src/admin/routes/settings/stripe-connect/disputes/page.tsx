import { Text, createDataTableColumnHelper } from "@medusajs/ui"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { DisputeEvidenceDrawer } from "../../../../components/dispute-evidence-drawer"
import { DisputeStatusBadge, humanize } from "../../../../components/status-badges"
import { useDisputes } from "../../../../hooks/use-disputes"
import { useI18n } from "../../../../hooks/use-i18n"
import { usePermissions } from "../../../../hooks/use-me"
import { daysLeft } from "../../../../lib/dispute-urgency"
import type { DisputeDocument } from "../../../../lib/types"

const PAGE_SIZE = 50
const columnHelper = createDataTableColumnHelper<DisputeDocument>()

const Deadline = ({ dispute }: { dispute: DisputeDocument }) => {
  const { t, dateTime } = useI18n()
  const left = daysLeft(dispute.evidence_due_by, new Date())
  if (left === null) return <>-</>
  const urgent = dispute.status === "needs_response" && left <= 3
  return (
    <Text size="small" className={urgent ? "text-ui-fg-error" : undefined}>
      {dateTime(dispute.evidence_due_by)}{" "}
      {dispute.status === "needs_response"
        ? `(${left < 0 ? t("disputes.pastDue") : t("disputes.daysLeft", { count: left })})`
        : ""}
    </Text>
  )
}

const DisputesPage = () => {
  const { t, money } = useI18n()
  const paging = usePaging(PAGE_SIZE)
  const { can } = usePermissions()
  const canEvidence = can("POST /admin/stripe-connect/disputes/:dispute_id/evidence")
  // The API orders by urgency across pages (the most urgent dispute may be the oldest).
  const list = useDisputes({ ...paging.query, order: "urgency" })
  const columns = [
    columnHelper.accessor("dispute_id", { header: t("disputes.dispute") }),
    columnHelper.accessor("status", {
      header: t("common.status"),
      cell: ({ getValue }) => <DisputeStatusBadge status={getValue()} />,
    }),
    columnHelper.accessor("amount", {
      header: t("common.amount"),
      cell: ({ row }) => money(row.original.amount, row.original.currency),
    }),
    columnHelper.accessor("reason", {
      header: t("common.reason"),
      cell: ({ getValue }) => t(`disputes.reasons.${getValue()}`, { defaultValue: humanize(getValue()) }),
    }),
    columnHelper.accessor("account_id", {
      header: t("common.account"),
      cell: ({ getValue }) => getValue() ?? t("common.platform"),
    }),
    columnHelper.accessor("evidence_due_by", {
      header: t("disputes.respondBy"),
      cell: ({ row }) => <Deadline dispute={row.original} />,
    }),
    columnHelper.display({
      id: "actions",
      header: "",
      cell: ({ row }) => (canEvidence ? <DisputeEvidenceDrawer dispute={row.original} /> : null),
    }),
  ]
  return (
    <DataListPage
      title={t("nav.disputes")}
      subtitle={t("disputes.subtitle")}
      current="/settings/stripe-connect/disputes"
      paging={paging}
      list={list}
      columns={columns}
      getRowId={(row) => row.dispute_id}
    />
  )
}

export default DisputesPage
