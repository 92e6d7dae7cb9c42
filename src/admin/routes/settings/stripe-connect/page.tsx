import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Bolt, Buildings, CreditCard, CurrencyDollar, ReceiptPercent } from "@medusajs/icons"
import { Container, Text } from "@medusajs/ui"
import { BalanceTable } from "../../../components/balance-table"
import { HealthCard } from "../../../components/health-card"
import { OverviewChartSection } from "../../../components/overview-chart-section"
import { OverviewCard } from "../../../components/overview-card"
import { SectionCard } from "../../../components/section-card"
import { SectionHeader } from "../../../components/section-header"
import { useConnectedAccounts } from "../../../hooks/use-accounts"
import { useFeeConfiguration } from "../../../hooks/use-fees"
import { useI18n } from "../../../hooks/use-i18n"
import { useIntegrations } from "../../../hooks/use-integrations"
import { usePermissions } from "../../../hooks/use-me"
import { usePayments } from "../../../hooks/use-payments"
import { useWebhookEvents } from "../../../hooks/use-webhook-events"

const count = (data: { count: number } | undefined) => (data ? data.count : "–")

/** Settings > Stripe Connect: where things stand, with a way into each section the caller's roles open. */
const StripeConnectOverviewPage = () => {
  const { t, fixedFee } = useI18n()
  const { can, me, isLoading } = usePermissions()
  const canAccounts = can("GET /admin/stripe-connect/accounts")
  const accounts = useConnectedAccounts({ limit: 1 }, { enabled: canAccounts })
  const restricted = useConnectedAccounts({ limit: 1, status: "restricted" }, { enabled: canAccounts })
  const pending = useConnectedAccounts({ limit: 1, status: "pending" }, { enabled: canAccounts })
  const canIntegrations = can("GET /admin/stripe-connect/integrations")
  const integrations = useIntegrations({ limit: 1, status: "connected" }, { enabled: canIntegrations })
  const payments = usePayments({ limit: 1 }, { enabled: can("GET /admin/stripe-connect/payments") })
  const failedEvents = useWebhookEvents(
    { limit: 1, status: "failed" },
    { enabled: can("GET /admin/stripe-connect/webhook-events") }
  )
  const fees = useFeeConfiguration(null, { enabled: can("GET /admin/stripe-connect/fees") })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <SectionHeader
          title={t("overview.title")}
          subtitle={t("overview.subtitle")}
          current="/settings/stripe-connect"
        />
      </Container>
      {!isLoading && me && !me.roles.length && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            {t("overview.noRole")}
          </Text>
        </Container>
      )}
      {can("GET /admin/stripe-connect/overview") && <OverviewChartSection />}
      {can("GET /admin/stripe-connect/health") && me?.merchant_ids === null && <HealthCard />}
      {can("GET /admin/stripe-connect/balance") && (
        <SectionCard title={t("overview.platformBalance")}>
          <BalanceTable accountId={null} />
        </SectionCard>
      )}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        {canAccounts && (
          <OverviewCard
            title={t("nav.accounts")}
            icon={<Buildings />}
            to="/settings/stripe-connect/accounts"
            value={count(accounts.data)}
            detail={t("overview.cards.accountsDetail", {
              onboarding: count(pending.data),
              restricted: count(restricted.data),
            })}
          />
        )}
        {canIntegrations && (
          <OverviewCard
            title={t("overview.cards.integrations")}
            icon={<Bolt />}
            to="/settings/stripe-connect/integrations"
            value={count(integrations.data)}
            detail={t("overview.cards.integrationsDetail")}
          />
        )}
        {can("GET /admin/stripe-connect/payments") && (
          <OverviewCard
            title={t("nav.payments")}
            icon={<CreditCard />}
            to="/settings/stripe-connect/payments"
            value={count(payments.data)}
            detail={t("overview.cards.paymentsDetail")}
          />
        )}
        {fees.data && (
          <OverviewCard
            title={t("overview.cards.defaultFee")}
            icon={<ReceiptPercent />}
            to="/settings/stripe-connect/fees"
            value={`${fees.data.default_fee_percent}% + ${fixedFee(fees.data.default_fee_fixed, fees.data.currency)}`}
            detail={t("overview.cards.feesDetail", {
              tiers: fees.data.fee_tiers.length,
              overrides: fees.data.per_merchant_overrides.length,
            })}
          />
        )}
        {can("GET /admin/stripe-connect/webhook-events") && (
          <OverviewCard
            title={t("overview.cards.failedEvents")}
            icon={<CurrencyDollar />}
            to="/settings/stripe-connect/webhook-events"
            value={count(failedEvents.data)}
            detail={t("overview.cards.failedEventsDetail")}
          />
        )}
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "nav.label",
  translationNs: "stripe-connect",
  icon: CreditCard,
})

export default StripeConnectOverviewPage
