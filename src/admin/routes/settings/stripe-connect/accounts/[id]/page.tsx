import { Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useParams } from "react-router-dom"
import { AccountControllerSection } from "../../../../../components/account-controller"
import { AccountLinks } from "../../../../../components/account-links"
import { AccountPayouts } from "../../../../../components/account-payouts"
import { BalanceTable } from "../../../../../components/balance-table"
import { KeyValue } from "../../../../../components/key-value"
import { Notice } from "../../../../../components/notice"
import { QueryError } from "../../../../../components/query-error"
import { SalesChannelsSection } from "../../../../../components/sales-channels-section"
import { SectionCard } from "../../../../../components/section-card"
import { SectionHeader } from "../../../../../components/section-header"
import { SellerOrdersSection } from "../../../../../components/seller-orders-section"
import { SellerProductsSection } from "../../../../../components/seller-products-section"
import { AccountStatusBadge, CapabilityBadge } from "../../../../../components/status-badges"
import { useConnectedAccount } from "../../../../../hooks/use-accounts"
import { useI18n } from "../../../../../hooks/use-i18n"
import { usePermissions } from "../../../../../hooks/use-me"

const YesNo = ({ value }: { value: boolean }) => {
  const { t } = useI18n()
  return <StatusBadge color={value ? "green" : "grey"}>{value ? t("common.yes") : t("common.no")}</StatusBadge>
}

const RequirementList = ({
  title,
  items,
  tone,
}: {
  title: string
  items: string[]
  tone: "error" | "warning" | "muted"
}) => {
  const { t } = useI18n()
  return (
    <div className="px-6 py-3">
      <Text size="small" weight="plus">
        {title} ({items.length})
      </Text>
      {items.length ? (
        <ul
          className={`txt-compact-small mt-1 list-disc pl-5 ${tone === "error" ? "text-ui-fg-error" : tone === "warning" ? "text-ui-tag-orange-text" : "text-ui-fg-subtle"}`}
        >
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      ) : (
        <Notice tone="muted" inset={false}>
          {t("accountDetail.nothing")}
        </Notice>
      )}
    </div>
  )
}

const AccountDetailPage = () => {
  const { id = "" } = useParams()
  const { t, dateTime } = useI18n()
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
        {isLoading && <Text className="px-6 py-4">{t("common.loading")}</Text>}
        {account && (
          <>
            <KeyValue label={t("common.merchant")} value={account.merchant_id} />
            <KeyValue
              label={t("common.type")}
              value={t(`accounts.types.${account.account_type}`, { defaultValue: account.account_type })}
            />
            <KeyValue label={t("accounts.country")} value={account.country ?? "-"} />
            <KeyValue label={t("accounts.email")} value={account.email ?? "-"} />
            <KeyValue label={t("accountDetail.chargesEnabled")} value={<YesNo value={account.charges_enabled} />} />
            <KeyValue label={t("accountDetail.payoutsEnabled")} value={<YesNo value={account.payouts_enabled} />} />
            <KeyValue label={t("accountDetail.detailsSubmitted")} value={<YesNo value={account.details_submitted} />} />
            <KeyValue
              label={t("common.mode")}
              value={t(`common.modes.${account.mode}`, { defaultValue: account.mode })}
            />
            <KeyValue label={t("common.created")} value={dateTime(account.created_at)} />
            <AccountLinks accountId={account.account_id} detailsSubmitted={account.details_submitted} />
          </>
        )}
      </Container>
      {account && (
        <>
          <SectionCard title={t("accountDetail.capabilities")}>
            <div className="flex flex-wrap gap-2 px-6 py-4">
              {Object.entries(account.capabilities).length ? (
                Object.entries(account.capabilities).map(([name, status]) => (
                  <CapabilityBadge key={name} name={name} status={status} />
                ))
              ) : (
                <Notice tone="muted" inset={false}>
                  {t("accountDetail.noCapabilities")}
                </Notice>
              )}
            </div>
          </SectionCard>
          <AccountControllerSection controller={account.controller} />
          <Container className="divide-y p-0">
            <div className="px-6 py-4">
              <Heading level="h2">{t("accounts.requirements")}</Heading>
              {account.requirements.disabled_reason && (
                <Text size="small" className="text-ui-fg-error">
                  {t("accountDetail.disabled", { reason: account.requirements.disabled_reason })}
                </Text>
              )}
            </div>
            <RequirementList title={t("accountDetail.pastDue")} items={account.requirements.past_due} tone="error" />
            <RequirementList
              title={t("accountDetail.currentlyDue")}
              items={account.requirements.currently_due}
              tone="warning"
            />
            <RequirementList
              title={t("accountDetail.eventuallyDue")}
              items={account.requirements.eventually_due}
              tone="muted"
            />
          </Container>
          {can("GET /admin/stripe-connect/accounts/:account_id/balance") && (
            <SectionCard title={t("accountDetail.balance")}>
              <BalanceTable accountId={account.account_id} />
            </SectionCard>
          )}
          <AccountPayouts accountId={account.account_id} />
          <SalesChannelsSection accountId={account.account_id} linkedIds={account.sales_channel_ids} />
          <SellerProductsSection accountId={account.account_id} />
          <SellerOrdersSection accountId={account.account_id} />
        </>
      )}
    </div>
  )
}

export default AccountDetailPage
