import { Table, Text } from "@medusajs/ui"
import { useBalance } from "../hooks/use-balances"
import { errorMessage } from "../lib/api"
import { balanceRows } from "../lib/balance-rows"
import { formatMinor } from "../lib/money"

/** Balances per currency (available, pending, reserved) of the platform or of one connected account. */
export const BalanceTable = ({ accountId }: { accountId: string | null }) => {
  const { data, error, isLoading } = useBalance(accountId)
  if (isLoading) return <Text size="small" className="text-ui-fg-muted px-6 py-4">Loading balance…</Text>
  if (error) return <Text size="small" className="text-ui-fg-error px-6 py-4">{errorMessage(error)}</Text>
  const rows = data ? balanceRows(data) : []
  if (!rows.length) return <Text size="small" className="text-ui-fg-muted px-6 py-4">No funds yet.</Text>
  return (
    <Table data-testid={accountId ? "account-balance" : "platform-balance"}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>Currency</Table.HeaderCell>
          <Table.HeaderCell>Available</Table.HeaderCell>
          <Table.HeaderCell>Pending</Table.HeaderCell>
          <Table.HeaderCell>Reserved</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.currency}>
            <Table.Cell>{row.currency.toUpperCase()}</Table.Cell>
            <Table.Cell>{formatMinor(row.available, row.currency)}</Table.Cell>
            <Table.Cell>{formatMinor(row.pending, row.currency)}</Table.Cell>
            <Table.Cell>{formatMinor(row.reserved, row.currency)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
