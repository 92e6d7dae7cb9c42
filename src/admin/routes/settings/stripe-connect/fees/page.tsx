import { Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { FeeCalculator } from "../../../../components/fee-calculator"
import { FeeEditorDrawer } from "../../../../components/fee-editor-drawer"
import { QueryError } from "../../../../components/query-error"
import { SectionHeader } from "../../../../components/section-header"
import { useFeeConfiguration, useFeeHistory } from "../../../../hooks/use-fees"
import { useI18n } from "../../../../hooks/use-i18n"
import { usePermissions } from "../../../../hooks/use-me"

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
          <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="fees-not-allowed">
            {t("fees.notAllowed")}
          </Text>
        ) : (
          <>
            <div className="flex items-end gap-x-3 px-6 py-4">
              <div className="flex flex-col gap-y-1">
                <Label size="xsmall" htmlFor="fee-currency">
                  {t("fees.currencyFilter")}
                </Label>
                <Input
                  id="fee-currency"
                  size="small"
                  maxLength={3}
                  placeholder={t("fees.currencyPlaceholder")}
                  value={currencyInput}
                  onChange={(e) => setCurrencyInput(e.target.value.toLowerCase())}
                />
              </div>
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
                <div className="px-6 py-4">
                  <Text size="small" weight="plus" className="mb-2">
                    {t("fees.volumeTiers")}
                  </Text>
                  {config.fee_tiers.length ? (
                    <Table>
                      <Table.Header>
                        <Table.Row>
                          <Table.HeaderCell>{t("fees.monthlyVolume")}</Table.HeaderCell>
                          <Table.HeaderCell>{t("fees.percent")}</Table.HeaderCell>
                          <Table.HeaderCell>{t("fees.fixed")}</Table.HeaderCell>
                        </Table.Row>
                      </Table.Header>
                      <Table.Body>
                        {config.fee_tiers.map((tier, index) => (
                          <Table.Row key={index}>
                            <Table.Cell>
                              {tier.volume_min} – {tier.volume_max ?? "∞"}
                            </Table.Cell>
                            <Table.Cell>{tier.fee_percent}%</Table.Cell>
                            <Table.Cell>{money(tier.fee_fixed)}</Table.Cell>
                          </Table.Row>
                        ))}
                      </Table.Body>
                    </Table>
                  ) : (
                    <Text size="small" className="text-ui-fg-muted">
                      {t("fees.noTiers")}
                    </Text>
                  )}
                </div>
                <div className="px-6 py-4">
                  <Text size="small" weight="plus" className="mb-2">
                    {t("fees.merchantOverrides")}
                  </Text>
                  {config.per_merchant_overrides.length ? (
                    <Table>
                      <Table.Header>
                        <Table.Row>
                          <Table.HeaderCell>{t("common.merchant")}</Table.HeaderCell>
                          <Table.HeaderCell>{t("fees.percent")}</Table.HeaderCell>
                          <Table.HeaderCell>{t("fees.fixed")}</Table.HeaderCell>
                          <Table.HeaderCell>{t("common.reason")}</Table.HeaderCell>
                        </Table.Row>
                      </Table.Header>
                      <Table.Body>
                        {config.per_merchant_overrides.map((override) => (
                          <Table.Row key={override.merchant_id}>
                            <Table.Cell>{override.merchant_id}</Table.Cell>
                            <Table.Cell>{override.fee_percent}%</Table.Cell>
                            <Table.Cell>{money(override.fee_fixed)}</Table.Cell>
                            <Table.Cell>{override.reason ?? "-"}</Table.Cell>
                          </Table.Row>
                        ))}
                      </Table.Body>
                    </Table>
                  ) : (
                    <Text size="small" className="text-ui-fg-muted">
                      {t("fees.noOverrides")}
                    </Text>
                  )}
                </div>
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
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">{t("fees.history.title")}</Heading>
          </div>
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
            <Text size="small" className="text-ui-fg-muted px-6 py-4">
              {t("fees.history.empty")}
            </Text>
          )}
        </Container>
      )}
    </div>
  )
}

export default FeesPage
