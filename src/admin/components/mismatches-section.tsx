import { Container, Heading, Text, createDataTableColumnHelper, useDataTable } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useI18n } from "../hooks/use-i18n"
import { useMismatches } from "../hooks/use-reconciliation"
import type { MismatchDocument, MismatchState } from "../lib/types"
import { PagedDataTable, usePaging } from "./data-list-page"
import { ExplainMismatchDrawer, ResolveMismatchButton } from "./mismatch-actions"
import { OptionSelect } from "./option-select"
import { humanize } from "./status-badges"

const STATES: MismatchState[] = ["open", "explained", "resolved"]
const columnHelper = createDataTableColumnHelper<MismatchDocument>()

/** Reconciliation mismatches of one state, newest first, with explain and resolve where the caller may change them. */
export const MismatchesSection = ({ canUpdate }: { canUpdate: boolean }) => {
  const { t, money, dateTime } = useI18n()
  const paging = usePaging(20)
  const [state, setState] = useState<MismatchState>("open")
  const list = useMismatches({ ...paging.query, state })
  const amount = (value: number | null, row: MismatchDocument) => (value === null ? "-" : money(value, row.currency))
  const columns = [
    columnHelper.accessor("reason", {
      header: t("common.reason"),
      cell: ({ getValue }) => t(`reconciliation.reasons.${getValue()}`, { defaultValue: humanize(getValue()) }),
    }),
    columnHelper.accessor("account_id", {
      header: t("common.account"),
      cell: ({ getValue }) => getValue() ?? t("common.platform"),
    }),
    columnHelper.accessor("balance_transaction_id", {
      header: t("reconciliation.line"),
      cell: ({ row }) => row.original.balance_transaction_id ?? row.original.record_id ?? "-",
    }),
    columnHelper.accessor("order_id", {
      header: t("reconciliation.order"),
      cell: ({ getValue }) => {
        const orderId = getValue()
        return orderId ? (
          <Link to={`/orders/${orderId}`} className="txt-compact-small text-ui-fg-interactive">
            {orderId}
          </Link>
        ) : (
          "-"
        )
      },
    }),
    columnHelper.accessor("expected_amount", {
      header: t("reconciliation.expected"),
      cell: ({ row }) => amount(row.original.expected_amount, row.original),
    }),
    columnHelper.accessor("actual_amount", {
      header: t("reconciliation.actual"),
      cell: ({ row }) => amount(row.original.actual_amount, row.original),
    }),
    columnHelper.accessor("note", {
      header: t("reconciliation.note"),
      cell: ({ getValue }) => getValue() ?? "-",
    }),
    columnHelper.accessor("detected_at", {
      header: t("reconciliation.detected"),
      cell: ({ getValue }) => dateTime(getValue()),
    }),
    columnHelper.display({
      id: "actions",
      header: "",
      cell: ({ row }) =>
        canUpdate && row.original.state !== "resolved" ? (
          <div className="flex items-center gap-x-2">
            <ExplainMismatchDrawer mismatch={row.original} />
            <ResolveMismatchButton mismatch={row.original} />
          </div>
        ) : null,
    }),
  ]
  const table = useDataTable({
    columns,
    data: list.data?.data ?? [],
    getRowId: (row) => row.id,
    rowCount: list.data?.count ?? 0,
    isLoading: list.isLoading,
    pagination: { state: paging.pagination, onPaginationChange: paging.setPagination },
  })
  return (
    <Container className="divide-y p-0" data-testid="reconciliation-mismatches">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("reconciliation.mismatches")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {t("reconciliation.mismatchesSubtitle")}
          </Text>
        </div>
        <div className="w-40">
          <OptionSelect
            size="small"
            value={state}
            onValueChange={(value) => {
              setState(value as MismatchState)
              paging.resetPage()
            }}
            options={STATES.map((value) => ({ value, label: t(`reconciliation.states.${value}`) }))}
            ariaLabel={t("reconciliation.stateFilter")}
          />
        </div>
      </div>
      <PagedDataTable table={table} error={list.error} />
    </Container>
  )
}
