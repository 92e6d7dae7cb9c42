import { Container, Heading, Input, Label, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { FeeCalculator } from "../../../../components/fee-calculator"
import { FeeEditorDrawer } from "../../../../components/fee-editor-drawer"
import { QueryError } from "../../../../components/query-error"
import { SectionHeader } from "../../../../components/section-header"
import { useFeeConfiguration, useFeeHistory } from "../../../../hooks/use-fees"
import { usePermissions } from "../../../../hooks/use-me"
import { formatDateTime } from "../../../../lib/dates"
import { formatFixedFee } from "../../../../lib/money"

const FeesPage = () => {
  const { can, isLoading: rolesLoading } = usePermissions()
  const canRead = can("GET /admin/stripe-connect/fees")
  const [currencyInput, setCurrencyInput] = useState("")
  const currency = /^[a-z]{3}$/.test(currencyInput) ? currencyInput : null
  const { data: config, error } = useFeeConfiguration(currency, { enabled: canRead })
  const history = useFeeHistory({ enabled: can("GET /admin/stripe-connect/fees/history") })
  const money = (amount: number) => formatFixedFee(amount, config?.currency ?? null)

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title="Platform fees"
          subtitle="The application fee the platform keeps on each payment: default, monthly volume tiers and merchant overrides."
          current="/settings/stripe-connect/fees"
          actions={config && can("PUT /admin/stripe-connect/fees") ? <FeeEditorDrawer currency={currency} document={config} /> : null}
        />
        {!rolesLoading && !canRead ? (
          <Text size="small" className="text-ui-fg-subtle px-6 py-4" data-testid="fees-not-allowed">
            Your Stripe Connect role does not include the fee settings.
          </Text>
        ) : (
          <>
            <div className="flex items-end gap-x-3 px-6 py-4">
              <div className="flex flex-col gap-y-1">
                <Label size="xsmall" htmlFor="fee-currency">
                  Currency (empty: all currencies)
                </Label>
                <Input id="fee-currency" size="small" maxLength={3} placeholder="e.g. eur" value={currencyInput} onChange={(e) => setCurrencyInput(e.target.value.toLowerCase())} />
              </div>
              {config && (
                <Text size="small" className="text-ui-fg-subtle">
                  {config.currency ? `Showing the ${config.currency.toUpperCase()} configuration` : currency ? `No ${currency.toUpperCase()} configuration of its own: the platform-wide one applies` : "Platform-wide configuration"}
                  {config.updated_at ? `, last changed ${formatDateTime(config.updated_at)}` : ""}
                </Text>
              )}
            </div>
            {error && <QueryError error={error} />}
            {config && (
              <>
                <div className="px-6 py-4" data-testid="fee-default">
                  <Text size="small" weight="plus">
                    Default fee
                  </Text>
                  <Text size="small">
                    {config.default_fee_percent}% + {money(config.default_fee_fixed)}
                  </Text>
                </div>
                <div className="px-6 py-4">
                  <Text size="small" weight="plus" className="mb-2">
                    Volume tiers
                  </Text>
                  {config.fee_tiers.length ? (
                    <Table>
                      <Table.Header>
                        <Table.Row>
                          <Table.HeaderCell>Monthly volume</Table.HeaderCell>
                          <Table.HeaderCell>Percent</Table.HeaderCell>
                          <Table.HeaderCell>Fixed</Table.HeaderCell>
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
                      No tiers: the default applies to every volume.
                    </Text>
                  )}
                </div>
                <div className="px-6 py-4">
                  <Text size="small" weight="plus" className="mb-2">
                    Merchant overrides
                  </Text>
                  {config.per_merchant_overrides.length ? (
                    <Table>
                      <Table.Header>
                        <Table.Row>
                          <Table.HeaderCell>Merchant</Table.HeaderCell>
                          <Table.HeaderCell>Percent</Table.HeaderCell>
                          <Table.HeaderCell>Fixed</Table.HeaderCell>
                          <Table.HeaderCell>Reason</Table.HeaderCell>
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
                      No overrides.
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
            <Heading level="h2">Recent changes</Heading>
          </div>
          {history.data.data.length ? (
            history.data.data.map((entry) => (
              <div key={entry.id} className="flex justify-between px-6 py-3">
                <Text size="small">
                  {entry.currency ? entry.currency.toUpperCase() : "All currencies"}: default {entry.after.default_fee_percent}%,{" "}
                  {entry.after.fee_tiers.length} tiers, {entry.after.per_merchant_overrides.length} overrides
                </Text>
                <Text size="small" className="text-ui-fg-subtle">
                  {formatDateTime(entry.created_at)} by {entry.actor_id}
                </Text>
              </div>
            ))
          ) : (
            <Text size="small" className="text-ui-fg-muted px-6 py-4">
              No changes yet.
            </Text>
          )}
        </Container>
      )}
    </div>
  )
}

export default FeesPage
