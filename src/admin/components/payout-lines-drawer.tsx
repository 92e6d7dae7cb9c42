import { Button, Drawer, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useI18n } from "../hooks/use-i18n"
import { usePayoutLines, usePayoutRunningBalance, reconciliationExportUrl } from "../hooks/use-reconciliation"
import type { ReconciledLineDocument, ReconciledPayoutDocument } from "../lib/types"
import { humanize } from "./status-badges"
import { QueryError } from "./query-error"
import { RunningBalanceSummary } from "./running-balance-summary"
import { SimpleTable, type SimpleColumn } from "./simple-table"

const PAGE_SIZE = 50

/**
 * A payout's ledger lines with what explains each and its order (docs/api.md#payout-lines), a page at a time. An
 * automatic payout shows the lines Stripe says it settled; a manual payout settles none (`lines` 0), so it shows
 * its running balance instead: the balance's lines since the previous payout, the balance before, the payout and the
 * balance after (docs/api.md#payout-running-balance).
 */
export const PayoutLinesDrawer = ({
  payout,
  canExport,
  canReadRunningBalance,
  onClose,
}: {
  payout: ReconciledPayoutDocument | null
  canExport: boolean
  canReadRunningBalance: boolean
  onClose: () => void
}) => {
  const { t, money, dateTime } = useI18n()
  const [page, setPage] = useState(0)
  const query = { limit: PAGE_SIZE, offset: page * PAGE_SIZE }
  const manual = payout !== null && payout.lines === 0 && canReadRunningBalance
  const settled = usePayoutLines(payout?.payout_id ?? "", query, { enabled: payout !== null && !manual })
  const running = usePayoutRunningBalance(payout?.payout_id ?? "", query, { enabled: manual })
  const lines = manual ? running : settled
  const columns: SimpleColumn<ReconciledLineDocument>[] = [
    { header: t("reconciliation.line"), cell: (line) => line.id },
    { header: t("common.type"), cell: (line) => humanize(line.type) },
    { header: t("common.amount"), cell: (line) => money(line.amount, line.currency) },
    { header: t("reconciliation.fee"), cell: (line) => money(line.fee, line.currency) },
    { header: t("reconciliation.net"), cell: (line) => money(line.net, line.currency) },
    {
      header: t("reconciliation.matchedTo"),
      cell: (line) =>
        line.match_kind ? (
          t(`reconciliation.matchKinds.${line.match_kind}`, { defaultValue: humanize(line.match_kind) })
        ) : (
          <Text size="small" className="text-ui-fg-error">
            {t("reconciliation.unmatched")}
          </Text>
        ),
    },
    {
      header: t("reconciliation.order"),
      cell: (line) =>
        line.order_id ? (
          <Link to={`/orders/${line.order_id}`} className="txt-compact-small text-ui-fg-interactive">
            {line.order_id}
          </Link>
        ) : (
          "-"
        ),
    },
    { header: t("common.created"), cell: (line) => dateTime(line.created) },
  ]
  const count = lines.data?.count ?? 0
  return (
    <Drawer open={payout !== null} onOpenChange={(open) => (open ? undefined : (setPage(0), onClose()))}>
      <Drawer.Content className="max-w-5xl">
        <Drawer.Header>
          <Drawer.Title>{t("reconciliation.linesTitle", { payout: payout?.payout_id ?? "" })}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
          {payout && (
            <div className="flex items-center justify-between">
              <Text size="small" className="text-ui-fg-subtle">
                {t("reconciliation.linesSubtitle", {
                  account: payout.account_id ?? t("common.platform"),
                  amount: money(payout.payout_amount, payout.currency),
                })}
              </Text>
              {canExport && (
                <a
                  href={reconciliationExportUrl({ payout_id: payout.payout_id })}
                  className="txt-compact-small text-ui-fg-interactive"
                  download
                >
                  {t("reconciliation.exportPayout")}
                </a>
              )}
            </div>
          )}
          {manual && running.data && <RunningBalanceSummary balance={running.data} />}
          {lines.error ? (
            <QueryError error={lines.error} />
          ) : (
            <SimpleTable
              testId={manual ? "payout-period-lines" : "payout-lines"}
              columns={columns}
              rows={lines.data?.data ?? []}
              rowKey={(line) => line.id}
            />
          )}
          {count > PAGE_SIZE && (
            <div className="flex items-center justify-end gap-x-2">
              <Button size="small" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
                {t("table.prev")}
              </Button>
              <Button
                size="small"
                variant="secondary"
                disabled={(page + 1) * PAGE_SIZE >= count}
                onClick={() => setPage(page + 1)}
              >
                {t("table.next")}
              </Button>
            </div>
          )}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer>
  )
}
