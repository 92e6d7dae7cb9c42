import { Text } from "@medusajs/ui"
import { useI18n } from "../hooks/use-i18n"
import type { PayoutRunningBalanceDocument } from "../lib/types"
import { Figure } from "./figure"

/**
 * A manual payout's running balance (docs/api.md#payout-running-balance): where its period starts, the balance
 * before it, what the period's lines added, the payout as a debit and the balance after it.
 */
export const RunningBalanceSummary = ({ balance }: { balance: PayoutRunningBalanceDocument }) => {
  const { t, money, dateTime } = useI18n()
  const { currency } = balance.payout
  const amount = (value: number) => money(value, currency)
  const previous = balance.previous_payout
  return (
    <div className="flex flex-col gap-y-3" data-testid="payout-running-balance">
      <Text size="small" className="text-ui-fg-subtle">
        {previous
          ? t("reconciliation.runningBalance.since", {
              payout: previous.payout_id,
              date: dateTime(previous.created),
            })
          : t("reconciliation.runningBalance.sinceStart")}
      </Text>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <div data-testid="running-balance-before">
          <Figure label={t("reconciliation.runningBalance.before")} value={amount(balance.balance_before)} />
        </div>
        <div data-testid="running-balance-period">
          <Figure
            label={t("reconciliation.runningBalance.period", { count: balance.period.lines })}
            value={amount(balance.period.net)}
          />
        </div>
        <div data-testid="running-balance-payout">
          <Figure
            label={t("reconciliation.runningBalance.payout")}
            value={amount(-(balance.payout.amount + balance.payout.fee))}
          />
        </div>
        <div data-testid="running-balance-after">
          <Figure label={t("reconciliation.runningBalance.after")} value={amount(balance.balance_after)} strong />
        </div>
      </div>
      <div className="grid grid-cols-2 gap-4 md:grid-cols-4">
        <Figure label={t("reconciliation.gross")} value={amount(balance.period.gross)} />
        <Figure label={t("reconciliation.fees")} value={amount(balance.period.fees)} />
        <Figure label={t("reconciliation.refunds")} value={amount(balance.period.refunds)} />
        <Figure
          label={t("reconciliation.matched")}
          value={t("reconciliation.matchedOf", { matched: balance.period.matched, lines: balance.period.lines })}
        />
      </div>
    </div>
  )
}
