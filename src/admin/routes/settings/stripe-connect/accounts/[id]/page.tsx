import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { AccountLinks } from "../../../../../components/account-links"
import { AccountPayouts } from "../../../../../components/account-payouts"
import { BalanceTable } from "../../../../../components/balance-table"
import { KeyValue } from "../../../../../components/key-value"
import { QueryError } from "../../../../../components/query-error"
import { SalesChannelsSection } from "../../../../../components/sales-channels-section"
import { SectionHeader } from "../../../../../components/section-header"
import { AccountStatusBadge, CapabilityBadge } from "../../../../../components/status-badges"
import { useConnectedAccount } from "../../../../../hooks/use-accounts"
import { usePermissions } from "../../../../../hooks/use-me"
import { formatDateTime } from "../../../../../lib/dates"

const yesNo = (value: boolean) => <StatusBadge color={value ? "green" : "grey"}>{value ? "Yes" : "No"}</StatusBadge>

const RequirementList = ({ title, items, tone }: { title: string; items: string[]; tone: "error" | "warning" | "muted" }) => (
  <div className="px-6 py-3">
    <Text size="small" weight="plus">
      {title} ({items.length})
    </Text>
    {items.length ? (
      <ul className={`txt-compact-small mt-1 list-disc pl-5 ${tone === "error" ? "text-ui-fg-error" : tone === "warning" ? "text-ui-tag-orange-text" : "text-ui-fg-subtle"}`}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    ) : (
      <Text size="small" className="text-ui-fg-muted">
        Nothing
      </Text>
    )}
  </div>
)

const AccountDetailPage = () => {
  const { id = "" } = useParams()
  const { data: account, isLoading, error } = useConnectedAccount(id)
  const { can } = usePermissions()

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <SectionHeader
          title={account ? account.business_profile?.name || account.merchant_id : id}
          subtitle={id}
          current="/settings/stripe-connect/accounts"
          actions={account ? <AccountStatusBadge status={account.status} /> : null}
        />
        {error && <QueryError error={error} />}
        {isLoading && <Text className="px-6 py-4">Loading…</Text>}
        {account && (
          <>
            <KeyValue label="Merchant" value={account.merchant_id} />
            <KeyValue label="Type" value={account.account_type} />
            <KeyValue label="Country" value={account.country ?? "-"} />
            <KeyValue label="Email" value={account.email ?? "-"} />
            <KeyValue label="Charges enabled" value={yesNo(account.charges_enabled)} />
            <KeyValue label="Payouts enabled" value={yesNo(account.payouts_enabled)} />
            <KeyValue label="Details submitted" value={yesNo(account.details_submitted)} />
            <KeyValue label="Mode" value={account.mode} />
            <KeyValue label="Created" value={formatDateTime(account.created_at)} />
            <AccountLinks accountId={account.account_id} detailsSubmitted={account.details_submitted} />
          </>
        )}
      </Container>
      {account && (
        <>
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">Capabilities</Heading>
            </div>
            <div className="flex flex-wrap gap-2 px-6 py-4">
              {Object.entries(account.capabilities).length ? (
                Object.entries(account.capabilities).map(([name, status]) => <CapabilityBadge key={name} name={name} status={status} />)
              ) : (
                <Text size="small" className="text-ui-fg-muted">
                  None requested
                </Text>
              )}
            </div>
          </Container>
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">Requirements</Heading>
              {account.requirements.disabled_reason && (
                <Text size="small" className="text-ui-fg-error">
                  Disabled: {account.requirements.disabled_reason}
                </Text>
              )}
            </div>
            <RequirementList title="Past due" items={account.requirements.past_due} tone="error" />
            <RequirementList title="Currently due" items={account.requirements.currently_due} tone="warning" />
            <RequirementList title="Eventually due" items={account.requirements.eventually_due} tone="muted" />
          </Container>
          {can("GET /admin/stripe-connect/accounts/:account_id/balance") && (
            <Container className="divide-y p-0">
              <div className="px-6 py-4">
                <Heading level="h2">Balance</Heading>
              </div>
              <BalanceTable accountId={account.account_id} />
            </Container>
          )}
          <AccountPayouts accountId={account.account_id} />
          <SalesChannelsSection accountId={account.account_id} linkedIds={account.sales_channel_ids} />
        </>
      )}
    </div>
  )
}

export default AccountDetailPage
