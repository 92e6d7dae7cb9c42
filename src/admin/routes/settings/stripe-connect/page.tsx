import { defineRouteConfig } from "@medusajs/admin-sdk"
import { Bolt, Buildings, CreditCard, CurrencyDollar, ReceiptPercent } from "@medusajs/icons"
import { Container, Heading, Text } from "@medusajs/ui"
import { BalanceTable } from "../../../components/balance-table"
import { OverviewChartSection } from "../../../components/overview-chart-section"
import { OverviewCard } from "../../../components/overview-card"
import { SectionHeader } from "../../../components/section-header"
import { useConnectedAccounts } from "../../../hooks/use-accounts"
import { useFeeConfiguration } from "../../../hooks/use-fees"
import { useIntegrations } from "../../../hooks/use-integrations"
import { usePermissions } from "../../../hooks/use-me"
import { usePayments } from "../../../hooks/use-payments"
import { useWebhookEvents } from "../../../hooks/use-webhook-events"
import { formatFixedFee } from "../../../lib/money"

const count = (data: { count: number } | undefined) => (data ? data.count : "–")

/** Settings > Stripe Connect: where things stand, with a way into each section the caller's roles open. */
const StripeConnectOverviewPage = () => {
  const { can, me, isLoading } = usePermissions()
  const canAccounts = can("GET /admin/stripe-connect/accounts")
  const accounts = useConnectedAccounts({ limit: 1 }, { enabled: canAccounts })
  const restricted = useConnectedAccounts({ limit: 1, status: "restricted" }, { enabled: canAccounts })
  const pending = useConnectedAccounts({ limit: 1, status: "pending" }, { enabled: canAccounts })
  const canIntegrations = can("GET /admin/stripe-connect/integrations")
  const integrations = useIntegrations({ limit: 1, status: "connected" }, { enabled: canIntegrations })
  const payments = usePayments({ limit: 1 }, { enabled: can("GET /admin/stripe-connect/payments") })
  const failedEvents = useWebhookEvents({ limit: 1, status: "failed" }, { enabled: can("GET /admin/stripe-connect/webhook-events") })
  const fees = useFeeConfiguration(null, { enabled: can("GET /admin/stripe-connect/fees") })

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="p-0">
        <SectionHeader
          title="Stripe Connect"
          subtitle="Connected accounts, split payments with platform fees and Stripe's events for this store."
          current="/settings/stripe-connect"
        />
      </Container>
      {!isLoading && me && !me.roles.length && (
        <Container>
          <Text size="small" className="text-ui-fg-subtle">
            You have no Stripe Connect role yet. Ask a super admin to give you one.
          </Text>
        </Container>
      )}
      {can("GET /admin/stripe-connect/overview") && <OverviewChartSection />}
      {can("GET /admin/stripe-connect/balance") && (
        <Container className="divide-y p-0">
          <div className="px-6 py-4">
            <Heading level="h2">Platform balance</Heading>
          </div>
          <BalanceTable accountId={null} />
        </Container>
      )}
      <div className="grid grid-cols-1 gap-3 md:grid-cols-2 xl:grid-cols-3">
        {canAccounts && (
          <OverviewCard
            title="Connected accounts"
            icon={<Buildings />}
            to="/settings/stripe-connect/accounts"
            value={count(accounts.data)}
            detail={`${count(pending.data)} onboarding, ${count(restricted.data)} restricted`}
          />
        )}
        {canIntegrations && (
          <OverviewCard title="Connected integrations" icon={<Bolt />} to="/settings/stripe-connect/integrations" value={count(integrations.data)} detail="Stripe accounts linked through OAuth" />
        )}
        {can("GET /admin/stripe-connect/payments") && (
          <OverviewCard title="Payments" icon={<CreditCard />} to="/settings/stripe-connect/payments" value={count(payments.data)} detail="Destination charges with a platform fee" />
        )}
        {fees.data && (
          <OverviewCard
            title="Default platform fee"
            icon={<ReceiptPercent />}
            to="/settings/stripe-connect/fees"
            value={`${fees.data.default_fee_percent}% + ${formatFixedFee(fees.data.default_fee_fixed, fees.data.currency)}`}
            detail={`${fees.data.fee_tiers.length} volume tiers, ${fees.data.per_merchant_overrides.length} merchant overrides`}
          />
        )}
        {can("GET /admin/stripe-connect/webhook-events") && (
          <OverviewCard
            title="Failed webhook events"
            icon={<CurrencyDollar />}
            to="/settings/stripe-connect/webhook-events"
            value={count(failedEvents.data)}
            detail="Retried automatically; replay them from the event's page"
          />
        )}
      </div>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Stripe Connect",
  icon: CreditCard,
})

export default StripeConnectOverviewPage
