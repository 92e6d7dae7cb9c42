import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts"
import { axisAmount, CHART_SERIES, chartRows, type CurrencyDailyTotals } from "../lib/daily-series"
import { useI18n } from "../hooks/use-i18n"

const AXIS_TICK = { fill: "var(--fg-muted)", fontSize: 12 }

/**
 * The overview's daily chart for one currency: gross volume as bars, platform fees, refunds and payouts as
 * lines, in the dashboard's colours; amounts stay in minor units and are formatted only for display.
 */
export const VolumeChart = ({ entry }: { entry: CurrencyDailyTotals }) => {
  const { t, locale, money } = useI18n()
  const rows = chartRows(entry, locale)
  const [volume, ...lines] = CHART_SERIES
  return (
    <div className="h-[280px] w-full" data-testid="volume-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid vertical={false} stroke="var(--border-base)" />
          <XAxis
            dataKey="label"
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={{ stroke: "var(--border-base)" }}
            minTickGap={16}
          />
          <YAxis
            tick={AXIS_TICK}
            tickLine={false}
            axisLine={false}
            width={64}
            tickFormatter={(value: number) => axisAmount(value, entry.currency, locale)}
          />
          <Tooltip
            cursor={{ fill: "var(--bg-base-hover)" }}
            contentStyle={{
              background: "var(--bg-base)",
              border: "1px solid var(--border-base)",
              borderRadius: 8,
              fontSize: 12,
            }}
            labelStyle={{ color: "var(--fg-base)", fontWeight: 500 }}
            formatter={(value) => money(Number(value), entry.currency)}
          />
          <Legend
            itemSorter={null}
            iconType="circle"
            iconSize={8}
            wrapperStyle={{ fontSize: 12, color: "var(--fg-subtle)" }}
          />
          <Bar
            dataKey={volume.key}
            name={t(`overview.series.${volume.key}`)}
            fill={volume.color}
            radius={[4, 4, 0, 0]}
            maxBarSize={24}
            isAnimationActive={false}
          />
          {lines.map((series) => (
            <Line
              key={series.key}
              dataKey={series.key}
              name={t(`overview.series.${series.key}`)}
              stroke={series.color}
              strokeWidth={2}
              dot={false}
              type="linear"
              isAnimationActive={false}
            />
          ))}
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  )
}
