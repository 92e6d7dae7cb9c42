import { Text, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import { DataListPage, usePaging } from "../../../../components/data-list-page"
import { LedgerDailyTotalsSection } from "../../../../components/ledger-daily-totals-section"
import { MismatchesSection } from "../../../../components/mismatches-section"
import { PayoutLinesDrawer } from "../../../../components/payout-lines-drawer"
import { useI18n } from "../../../../hooks/use-i18n"
import { usePermissions } from "../../../../hooks/use-me"
import { reconciliationExportUrl, useReconciledPayouts } from "../../../../hooks/use-reconciliation"
import type { ReconciledPayoutDocument } from "../../../../lib/types"

const columnHelper = createDataTableColumnHelper<ReconciledPayoutDocument>()
const EXPORT_DAYS = 30

/** The start of the default export period, as ISO 8601 (the export's `from`). */
const exportFrom = () => new Date(Date.now() - EXPORT_DAYS * 24 * 60 * 60 * 1000).toISOString()

/**
 * Settings > Stripe Connect > Reconciliation (docs/api.md#reconciliation): each payout's figures per account and
 * currency with how many of its lines are matched, its lines (a manual payout's running balance) in a drawer, the
 * ledger's daily totals, the open mismatches, and the CSV export.
 */
const ReconciliationPage = () => {
  const { t, money, date } = useI18n()
  const { can } = usePermissions()
  const paging = usePaging(20)
  const list = useReconciledPayouts(paging.query, {
    enabled: can("GET /admin/stripe-connect/reconciliation/payouts"),
  })
  const [selected, setSelected] = useState<ReconciledPayoutDocument | null>(null)
  const canExport = can("GET /admin/stripe-connect/reconciliation/export.csv")
  const figure = (
    key: "gross" | "fees" | "refunds" | "disputes" | "transfers" | "net" | "payout_amount",
    header: string
  ) =>
    columnHelper.accessor(key, {
      header,
      cell: ({ row }) => money(row.original[key], row.original.currency),
    })
  const columns = [
    columnHelper.accessor("payout_id", { header: t("reconciliation.payout") }),
    columnHelper.accessor("account_id", {
      header: t("common.account"),
      cell: ({ getValue }) => getValue() ?? t("common.platform"),
    }),
    columnHelper.accessor("currency", {
      header: t("common.currency"),
      cell: ({ getValue }) => getValue().toUpperCase(),
    }),
    figure("gross", t("reconciliation.gross")),
    figure("fees", t("reconciliation.fees")),
    figure("refunds", t("reconciliation.refunds")),
    figure("disputes", t("reconciliation.disputes")),
    figure("transfers", t("reconciliation.transfers")),
    figure("net", t("reconciliation.net")),
    figure("payout_amount", t("reconciliation.paidOut")),
    columnHelper.accessor("arrival_date", {
      header: t("common.arrives"),
      cell: ({ getValue }) => date(getValue()),
    }),
    columnHelper.accessor("matched", {
      header: t("reconciliation.matched"),
      cell: ({ row }) => t("reconciliation.matchedOf", { matched: row.original.matched, lines: row.original.lines }),
    }),
    columnHelper.accessor("open_mismatches", {
      header: t("reconciliation.openMismatches"),
      cell: ({ getValue }) => (
        <Text size="small" className={getValue() > 0 ? "text-ui-fg-error" : undefined}>
          {getValue()}
        </Text>
      ),
    }),
  ]
  return (
    <div className="flex flex-col gap-y-3">
      <DataListPage
        title={t("nav.reconciliation")}
        subtitle={t("reconciliation.subtitle")}
        current="/settings/stripe-connect/reconciliation"
        actions={
          canExport ? (
            <a
              href={reconciliationExportUrl({ from: exportFrom() })}
              className="txt-compact-small text-ui-fg-interactive"
              download
            >
              {t("reconciliation.exportPeriod", { count: EXPORT_DAYS })}
            </a>
          ) : null
        }
        paging={paging}
        list={list}
        columns={columns}
        getRowId={(row) => `${row.payout_id}:${row.account_id ?? "platform"}:${row.currency}`}
        onRowClick={setSelected}
      />
      {can("GET /admin/stripe-connect/reconciliation/daily-totals") && <LedgerDailyTotalsSection />}
      {can("GET /admin/stripe-connect/reconciliation/mismatches") && (
        <MismatchesSection canUpdate={can("POST /admin/stripe-connect/reconciliation/mismatches/:id")} />
      )}
      <PayoutLinesDrawer
        payout={selected}
        canExport={canExport}
        canReadRunningBalance={can("GET /admin/stripe-connect/reconciliation/payouts/:payout_id/running-balance")}
        onClose={() => setSelected(null)}
      />
    </div>
  )
}

export default ReconciliationPage
