import { Container, Heading, Table, Text } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import { usePermissions } from "../hooks/use-me"
import { usePayouts, usePayoutSchedule } from "../hooks/use-payouts"
import { errorMessage } from "../lib/api"
import { KeyValue } from "./key-value"
import { ManualPayoutDrawer } from "./manual-payout-drawer"
import { PayoutScheduleDrawer } from "./payout-schedule-drawer"
import { PayoutStatusBadge } from "./status-badges"

/** The account's payout schedule (editable for roles that may), a manual payout and its recent payouts. */
export const AccountPayouts = ({ accountId }: { accountId: string }) => {
  const { t, money } = useI18n()
  const { can } = usePermissions()
  const canRead = can("GET /admin/stripe-connect/accounts/:account_id/payouts/schedule")
  const schedule = usePayoutSchedule(accountId, { enabled: canRead })
  const payouts = usePayouts(accountId, { enabled: can("GET /admin/stripe-connect/accounts/:account_id/payouts") })
  if (!canRead) return null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">{t("payouts.title")}</Heading>
        <div className="flex items-center gap-x-2">
          {can("POST /admin/stripe-connect/accounts/:account_id/payouts") && (
            <ManualPayoutDrawer accountId={accountId} />
          )}
          {schedule.data && can("PUT /admin/stripe-connect/accounts/:account_id/payouts/schedule") && (
            <PayoutScheduleDrawer key={JSON.stringify(schedule.data)} accountId={accountId} schedule={schedule.data} />
          )}
        </div>
      </div>
      {schedule.error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(schedule.error)}
        </Text>
      )}
      {schedule.data && (
        <>
          <KeyValue label={t("payouts.interval")} value={schedule.data.interval} testId="payout-interval" />
          <KeyValue label={t("payouts.anchorDay")} value={schedule.data.anchor_day ?? "-"} />
          <KeyValue label={t("payouts.delayDays")} value={schedule.data.delay_days ?? "-"} />
          <KeyValue label={t("payouts.nextPayout")} value={schedule.data.next_payout_date ?? "-"} />
        </>
      )}
      {payouts.error && (
        <Text size="small" className="text-ui-fg-error px-6 py-4">
          {errorMessage(payouts.error)}
        </Text>
      )}
      {payouts.data &&
        (payouts.data.data.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>{t("payouts.payout")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.status")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.amount")}</Table.HeaderCell>
                <Table.HeaderCell>{t("common.arrives")}</Table.HeaderCell>
                <Table.HeaderCell>{t("payouts.bank")}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {payouts.data.data.map((payout) => (
                <Table.Row key={payout.payout_id}>
                  <Table.Cell>{payout.payout_id}</Table.Cell>
                  <Table.Cell>
                    <PayoutStatusBadge status={payout.status} />
                  </Table.Cell>
                  <Table.Cell>{money(payout.amount, payout.currency)}</Table.Cell>
                  <Table.Cell>{payout.arrival_date ?? "-"}</Table.Cell>
                  <Table.Cell>
                    {payout.bank_account
                      ? `${payout.bank_account.bank_name ?? t("payouts.bank")} ••${payout.bank_account.last4 ?? ""}`
                      : "-"}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            {t("payouts.empty")}
          </Text>
        ))}
    </Container>
  )
}
