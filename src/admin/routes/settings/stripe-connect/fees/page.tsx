import { Container, Text } from "@medusajs/ui"
import { useState } from "react"
import { FeeCalculator } from "../../../../components/fee-calculator"
import { FeeEditorDrawer } from "../../../../components/fee-editor-drawer"
import { InputField } from "../../../../components/input-field"
import { Notice } from "../../../../components/notice"
import { QueryError } from "../../../../components/query-error"
import { SectionCard } from "../../../../components/section-card"
import { SectionHeader } from "../../../../components/section-header"
import { SimpleTable, type SimpleTableProps } from "../../../../components/simple-table"
import { useFeeConfiguration, useFeeHistory } from "../../../../hooks/use-fees"
import { useI18n } from "../../../../hooks/use-i18n"
import { usePermissions } from "../../../../hooks/use-me"

/** One list of the configuration (volume tiers, merchant overrides) under its title, or the words for none. */
const ConfigurationList = <T,>({ title, empty, ...table }: { title: string; empty: string } & SimpleTableProps<T>) => (
  <div className="px-6 py-4">
    <Text size="small" weight="plus" className="mb-2">
      {title}
    </Text>
    {table.rows.length ? (
      <SimpleTable {...table} />
    ) : (
      <Notice tone="muted" inset={false}>
        {empty}
      </Notice>
    )}
  </div>
)

const FeesPage = () => {
  const { t, dateTime, fixedFee } = useI18n()
  const { can, isLoading: rolesLoading } = usePermissions()
  const canRead = can("GET /admin/stripe-connect/fees")
  const [currencyInput, setCurrencyInput] = useState("")
  const currency = /^[a-z]{3}$/.test(currencyInput) ? currencyInput : null
  const { data: config, error } = useFeeConfiguration(currency, { enabled: canRead })
  const history = useFeeHistory({ enabled: can("GET /admin/stripe-connect/fees/history") })
  const money = (amount: number) => fixedFee(amount, config?.currency ?? null)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={t("fees.title")}
          subtitle={t("fees.subtitle")}
          current="/settings/stripe-connect/fees"
          actions={
            config && can("PUT /admin/stripe-connect/fees") ? (
              <FeeEditorDrawer currency={currency} document={config} />
            ) : null
          }
        />
        {!rolesLoading && !canRead ? (
          <Notice tone="subtle" testId="fees-not-allowed">
            {t("fees.notAllowed")}
          </Notice>
        ) : (
          <>
            <div className="flex items-end gap-x-3 px-6 py-4">
              <InputField
                id="fee-currency"
                size="small"
                label={t("fees.currencyFilter")}
                maxLength={3}
                placeholder={t("fees.currencyPlaceholder")}
                value={currencyInput}
                onChange={(value) => setCurrencyInput(value.toLowerCase())}
              />
              {config && (
                <Text size="small" className="text-ui-fg-subtle">
                  {config.currency
                    ? t("fees.showingCurrency", { currency: config.currency.toUpperCase() })
                    : currency
                      ? t("fees.noOwnConfiguration", { currency: currency.toUpperCase() })
                      : t("fees.platformWide")}
                  {config.updated_at ? t("fees.lastChanged", { date: dateTime(config.updated_at) }) : ""}
                </Text>
              )}
            </div>
            {error && <QueryError error={error} />}
            {config && (
              <>
                <div className="px-6 py-4" data-testid="fee-default">
                  <Text size="small" weight="plus">
                    {t("fees.defaultFee")}
                  </Text>
                  <Text size="small">
                    {config.default_fee_percent}% + {money(config.default_fee_fixed)}
                  </Text>
                </div>
                <ConfigurationList
                  title={t("fees.volumeTiers")}
                  empty={t("fees.noTiers")}
                  rows={config.fee_tiers}
                  rowKey={(_, index) => index}
                  columns={[
                    {
                      header: t("fees.monthlyVolume"),
                      cell: (tier) => `${tier.volume_min} – ${tier.volume_max ?? "∞"}`,
                    },
                    { header: t("fees.percent"), cell: (tier) => `${tier.fee_percent}%` },
                    { header: t("fees.fixed"), cell: (tier) => money(tier.fee_fixed) },
                  ]}
                />
                <ConfigurationList
                  title={t("fees.merchantOverrides")}
                  empty={t("fees.noOverrides")}
                  rows={config.per_merchant_overrides}
                  rowKey={(override) => override.merchant_id}
                  columns={[
                    { header: t("common.merchant"), cell: (override) => override.merchant_id },
                    { header: t("fees.percent"), cell: (override) => `${override.fee_percent}%` },
                    { header: t("fees.fixed"), cell: (override) => money(override.fee_fixed) },
                    { header: t("common.reason"), cell: (override) => override.reason ?? "-" },
                  ]}
                />
              </>
            )}
          </>
        )}
      </Container>
      {can("POST /admin/stripe-connect/fees/preview") && (
        <Container className="p-0">
          <FeeCalculator defaultCurrency={currency ?? "usd"} />
        </Container>
      )}
      {history.data && (
        <SectionCard title={t("fees.history.title")}>
          {history.data.data.length ? (
            history.data.data.map((entry) => (
              <div key={entry.id} className="flex justify-between px-6 py-3">
                <Text size="small">
                  {t("fees.history.entry", {
                    currency: entry.currency ? entry.currency.toUpperCase() : t("fees.history.allCurrencies"),
                    percent: entry.after.default_fee_percent,
                    tiers: entry.after.fee_tiers.length,
                    overrides: entry.after.per_merchant_overrides.length,
                  })}
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {t("fees.history.by", { date: dateTime(entry.created_at), actor: entry.actor_id })}
                </Text>
              </div>
            ))
          ) : (
            <Notice tone="muted">{t("fees.history.empty")}</Notice>
          )}
        </SectionCard>
      )}
    </div>
  )
}

export default FeesPage
