import { Container, Heading, StatusBadge, Table, Text } from "@medusajs/ui"
import { usePermissions } from "../hooks/use-me"
import { usePayouts, usePayoutSchedule } from "../hooks/use-payouts"
import { errorMessage } from "../lib/api"
import { formatMinor } from "../lib/money"
import { KeyValue } from "./key-value"
import { ManualPayoutDrawer } from "./manual-payout-drawer"
import { PayoutScheduleDrawer } from "./payout-schedule-drawer"

const PAYOUT_COLOR: Record<string, "green" | "orange" | "blue" | "red" | "grey"> = {
  paid: "green",
  pending: "orange",
  in_transit: "blue",
  failed: "red",
  canceled: "grey",
}

/** The account's payout schedule (editable for roles that may), a manual payout and its recent payouts. */
export const AccountPayouts = ({ accountId }: { accountId: string }) => {
  const { can } = usePermissions()
  const canRead = can("GET /admin/stripe-connect/accounts/:account_id/payouts/schedule")
  const schedule = usePayoutSchedule(accountId, { enabled: canRead })
  const payouts = usePayouts(accountId, { enabled: can("GET /admin/stripe-connect/accounts/:account_id/payouts") })
  if (!canRead) return null
  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between px-6 py-4">
        <Heading level="h2">Payouts</Heading>
        <div className="flex items-center gap-x-2">
          {can("POST /admin/stripe-connect/accounts/:account_id/payouts") && <ManualPayoutDrawer accountId={accountId} />}
          {schedule.data && can("PUT /admin/stripe-connect/accounts/:account_id/payouts/schedule") && (
            <PayoutScheduleDrawer key={JSON.stringify(schedule.data)} accountId={accountId} schedule={schedule.data} />
          )}
        </div>
      </div>
      {schedule.error && <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(schedule.error)}</Text>}
      {schedule.data && (
        <>
          <KeyValue label="Interval" value={schedule.data.interval} testId="payout-interval" />
          <KeyValue label="Anchor day" value={schedule.data.anchor_day ?? "-"} />
          <KeyValue label="Delay (days)" value={schedule.data.delay_days ?? "-"} />
          <KeyValue label="Next payout" value={schedule.data.next_payout_date ?? "-"} />
        </>
      )}
      {payouts.error && <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(payouts.error)}</Text>}
      {payouts.data &&
        (payouts.data.data.length ? (
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Payout</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell>Amount</Table.HeaderCell>
                <Table.HeaderCell>Arrives</Table.HeaderCell>
                <Table.HeaderCell>Bank</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {payouts.data.data.map((payout) => (
                <Table.Row key={payout.payout_id}>
                  <Table.Cell>{payout.payout_id}</Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={PAYOUT_COLOR[payout.status] ?? "grey"}>{payout.status.replace(/_/g, " ")}</StatusBadge>
                  </Table.Cell>
                  <Table.Cell>{formatMinor(payout.amount, payout.currency)}</Table.Cell>
                  <Table.Cell>{payout.arrival_date ?? "-"}</Table.Cell>
                  <Table.Cell>{payout.bank_account ? `${payout.bank_account.bank_name ?? "Bank"} ••${payout.bank_account.last4 ?? ""}` : "-"}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : (
          <Text size="small" className="text-ui-fg-muted px-6 py-4">
            No payouts yet.
          </Text>
        ))}
    </Container>
  )
}
