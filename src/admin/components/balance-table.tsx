import { Table, Text } from "@medusajs/ui"
import { useBalance } from "../hooks/use-balances"
import { useI18n } from "../hooks/use-i18n"
import { errorMessage } from "../lib/api"
import { balanceRows } from "../lib/balance-rows"

/** Balances per currency (available, pending, reserved) of the platform or of one connected account. */
export const BalanceTable = ({ accountId }: { accountId: string | null }) => {
  const { t, money } = useI18n()
  const { data, error, isLoading } = useBalance(accountId)
  if (isLoading)
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        {t("balance.loading")}
      </Text>
    )
  if (error)
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        {errorMessage(error)}
      </Text>
    )
  const rows = data ? balanceRows(data) : []
  if (!rows.length)
    return (
      <Text size="small" className="text-ui-fg-muted px-6 py-4">
        {t("balance.empty")}
      </Text>
    )
  return (
    <Table data-testid={accountId ? "account-balance" : "platform-balance"}>
      <Table.Header>
        <Table.Row>
          <Table.HeaderCell>{t("common.currency")}</Table.HeaderCell>
          <Table.HeaderCell>{t("balance.available")}</Table.HeaderCell>
          <Table.HeaderCell>{t("balance.pending")}</Table.HeaderCell>
          <Table.HeaderCell>{t("balance.reserved")}</Table.HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.currency}>
            <Table.Cell>{row.currency.toUpperCase()}</Table.Cell>
            <Table.Cell>{money(row.available, row.currency)}</Table.Cell>
            <Table.Cell>{money(row.pending, row.currency)}</Table.Cell>
            <Table.Cell>{money(row.reserved, row.currency)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  )
}
