import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { usePayouts, usePayoutSchedule } from "../hooks/use-payouts"
import { KeyValue } from "./key-value"
import { ManualPayoutDrawer } from "./manual-payout-drawer"
import { ErrorNotice, Notice } from "./notice"
import { PayoutScheduleDrawer } from "./payout-schedule-drawer"
import { SectionCard } from "./section-card"
import { SimpleTable } from "./simple-table"
import { PayoutStatusBadge } from "./status-badges"

/** The account's payout schedule (editable for roles that may), a manual payout and its recent payouts. */
export const AccountPayouts = ({ accountId }: { accountId: string }) => {
  const { t, money, date } = useI18n()
  const { can } = usePermissions()
  const canRead = can("GET /admin/stripe-connect/accounts/:account_id/payouts/schedule")
  const schedule = usePayoutSchedule(accountId, { enabled: canRead })
  const payouts = usePayouts(accountId, { enabled: can("GET /admin/stripe-connect/accounts/:account_id/payouts") })
  if (!canRead) return null
  return (
    <SectionCard
      title={t("payouts.title")}
      actions={
        <div className="flex items-center gap-x-2">
          {can("POST /admin/stripe-connect/accounts/:account_id/payouts") && (
            <ManualPayoutDrawer accountId={accountId} />
          )}
          {schedule.data && can("PUT /admin/stripe-connect/accounts/:account_id/payouts/schedule") && (
            <PayoutScheduleDrawer key={JSON.stringify(schedule.data)} accountId={accountId} schedule={schedule.data} />
          )}
        </div>
      }
    >
      {schedule.error && <ErrorNotice error={schedule.error} />}
      {schedule.data && (
        <>
          <KeyValue label={t("payouts.interval")} value={schedule.data.interval} testId="payout-interval" />
          <KeyValue label={t("payouts.anchorDay")} value={schedule.data.anchor_day ?? "-"} />
          <KeyValue label={t("payouts.delayDays")} value={schedule.data.delay_days ?? "-"} />
          <KeyValue label={t("payouts.nextPayout")} value={schedule.data.next_payout_date ?? "-"} />
        </>
      )}
      {payouts.error && <ErrorNotice error={payouts.error} />}
      {payouts.data &&
        (payouts.data.data.length ? (
          <SimpleTable
            rows={payouts.data.data}
            rowKey={(payout) => payout.payout_id}
            columns={[
              { header: t("payouts.payout"), cell: (payout) => payout.payout_id },
              { header: t("common.status"), cell: (payout) => <PayoutStatusBadge status={payout.status} /> },
              { header: t("common.amount"), cell: (payout) => money(payout.amount, payout.currency) },
              { header: t("common.arrives"), cell: (payout) => date(payout.arrival_date) },
              {
                header: t("payouts.bank"),
                cell: (payout) =>
                  payout.bank_account
                    ? `${payout.bank_account.bank_name ?? t("payouts.bank")} ••${payout.bank_account.last4 ?? ""}`
                    : "-",
              },
            ]}
          />
        ) : (
          <Notice tone="muted">{t("payouts.empty")}</Notice>
        ))}
    </SectionCard>
  )
}
