import { useBalance } from "../hooks/use-balances"
import { useI18n } from "../hooks/use-i18n"
import { balanceRows } from "../lib/balance-rows"
import { QueryContent } from "./notice"
import { SimpleTable } from "./simple-table"

/** Balances per currency (available, pending, reserved) of the platform or of one connected account. */
export const BalanceTable = ({ accountId }: { accountId: string | null }) => {
  const { t, money } = useI18n()
  const { data, error, isLoading } = useBalance(accountId)
  const rows = data ? balanceRows(data) : []
  return (
    <QueryContent
      isLoading={isLoading}
      error={error}
      isEmpty={!rows.length}
      loadingText={t("balance.loading")}
      emptyText={t("balance.empty")}
    >
      <SimpleTable
        testId={accountId ? "account-balance" : "platform-balance"}
        rows={rows}
        rowKey={(row) => row.currency}
        columns={[
          { header: t("common.currency"), cell: (row) => row.currency.toUpperCase() },
          { header: t("balance.available"), cell: (row) => money(row.available, row.currency) },
          { header: t("balance.pending"), cell: (row) => money(row.pending, row.currency) },
          { header: t("balance.reserved"), cell: (row) => money(row.reserved, row.currency) },
        ]}
      />
    </QueryContent>
  )
}
