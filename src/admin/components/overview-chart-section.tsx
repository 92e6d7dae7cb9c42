import { Container, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { useI18n } from "../hooks/use-i18n"
import { useOverview } from "../hooks/use-overview"
import { errorMessage } from "../lib/api"
import { CHART_SERIES, pickCurrency } from "../lib/daily-series"
import { OptionSelect } from "./option-select"
import { VolumeChart } from "./volume-chart"

const DAYS = 30

/** Settings > Stripe Connect: the last 30 days per currency, with the period's totals above the chart. */
export const OverviewChartSection = () => {
  const { t, money } = useI18n()
  const overview = useOverview(DAYS)
  const [chosen, setChosen] = useState<string | null>(null)
  const currency = pickCurrency(overview.data, chosen)
  const entry = overview.data?.data.find((candidate) => candidate.currency === currency)
  const currencies = overview.data?.data.map((candidate) => candidate.currency) ?? []

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-4 px-6 py-4">
        <div>
          <Heading level="h2">{t("overview.chart.title", { count: DAYS })}</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            {overview.data
              ? t("overview.chart.period", { from: overview.data.from, to: overview.data.to })
              : t("overview.chart.subtitle")}
          </Text>
        </div>
        {currencies.length > 1 && currency && (
          <div className="w-[120px]">
            <OptionSelect
              size="small"
              value={currency}
              onValueChange={setChosen}
              options={currencies.map((code) => ({ value: code, label: code.toUpperCase() }))}
              ariaLabel={t("common.currency")}
            />
          </div>
        )}
      </div>
      {overview.isLoading && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("common.loading")}
        </Text>
      )}
      {overview.error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(overview.error)}
        </Text>
      )}
      {overview.data && !entry && (
        <Text size="small" className="text-ui-fg-muted px-6 py-4">
          {t("overview.chart.empty", { count: DAYS })}
        </Text>
      )}
      {entry && (
        <>
          <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4" data-testid="overview-totals">
            {CHART_SERIES.map((series) => (
              <div key={series.key} className="flex flex-col gap-y-1">
                <div className="text-ui-fg-subtle flex items-center gap-x-2">
                  <span className="inline-block h-2 w-2 rounded-full" style={{ background: series.color }} />
                  <Text size="small">{t(`overview.series.${series.key}`)}</Text>
                </div>
                <Text size="large" weight="plus" data-testid={`overview-total-${series.key}`}>
                  {money(entry.totals[series.key], entry.currency)}
                </Text>
              </div>
            ))}
          </div>
          <div className="px-4 py-4">
            <VolumeChart entry={entry} />
          </div>
        </>
      )}
    </Container>
  )
}
