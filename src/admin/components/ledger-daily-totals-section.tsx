import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useLedgerDailyTotals } from "../hooks/use-reconciliation"
import { LEDGER_DAILY_SERIES } from "../../shared/types/reconciliation"
import type { LedgerDailyFigures, LedgerDailyTotals } from "../lib/types"
import { OptionSelect } from "./option-select"
import { QueryError } from "./query-error"
import { SimpleTable, type SimpleColumn } from "./simple-table"

/** The windows offered, in UTC days (the route takes 1 to 90). */
const WINDOWS = [7, 30, 90] as const
/** A day's figures, or the window's totals (`date` null). */
type Row = LedgerDailyFigures & { date: string | null }

const moved = (figures: LedgerDailyFigures) => LEDGER_DAILY_SERIES.some((series) => figures[series] !== 0)

/**
 * The ledger's daily totals (docs/api.md#ledger-daily-totals): one table per balance (the platform's or an
 * account's) and currency, a row per UTC day with lines (newest first; days with none are left out) and the
 * window's totals below.
 */
export const LedgerDailyTotalsSection = () => {
  const { t, money } = useI18n()
  const [days, setDays] = useState<number>(30)
  const totals = useLedgerDailyTotals(days)
  const balances = totals.data?.data ?? []

  const table = (balance: LedgerDailyTotals) => {
    const columns: SimpleColumn<Row>[] = [
      {
        header: t("reconciliation.daily.date"),
        cell: (row) => row.date ?? <Text weight="plus">{t("reconciliation.daily.total")}</Text>,
      },
      ...LEDGER_DAILY_SERIES.map((series) => ({
        header: t(`reconciliation.daily.series.${series}`),
        cell: (row: Row) =>
          row.date ? (
            money(row[series], balance.currency)
          ) : (
            <span className="txt-compact-small-plus" data-testid={`ledger-total-${series}`}>
              {money(row[series], balance.currency)}
            </span>
          ),
      })),
    ]
    const rows: Row[] = [...balance.days.filter(moved).reverse(), { ...balance.totals, date: null }]
    const name = balance.account_id ?? t("common.platform")
    return (
      <div
        key={`${balance.account_id ?? "platform"}:${balance.currency}`}
        className="flex flex-col gap-y-2 px-6 py-4"
        data-testid={`ledger-daily-${balance.account_id ?? "platform"}-${balance.currency}`}
      >
        <Text size="small" weight="plus">
          {t("reconciliation.daily.balance", { account: name, currency: balance.currency.toUpperCase() })}
        </Text>
        <SimpleTable columns={columns} rows={rows} rowKey={(row) => row.date ?? "total"} />
      </div>
    )
  }

  return (
    <Container className="divide-y p-0" data-testid="ledger-daily-totals">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("reconciliation.daily.title")}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {totals.data
              ? t("reconciliation.daily.period", { from: totals.data.from, to: totals.data.to })
              : t("reconciliation.daily.subtitle")}
          </Text>
        </div>
        <div className="w-40">
          <OptionSelect
            size="small"
            value={String(days)}
            onValueChange={(value) => setDays(Number(value))}
            options={WINDOWS.map((count) => ({
              value: String(count),
              label: t("reconciliation.daily.window", { count }),
            }))}
            ariaLabel={t("reconciliation.daily.windowLabel")}
          />
        </div>
      </div>
      {totals.isLoading && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {totals.error && <QueryError error={totals.error} />}
      {totals.data && !balances.length && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("reconciliation.daily.empty", { count: days })}
        </Text>
      )}
      {balances.map(table)}
    </Container>
  )
}
