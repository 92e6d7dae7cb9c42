import { useI18n } from "../hooks/use-i18n"
import { useReverseTransfer } from "../hooks/use-transfers"
import type { TransferDocument } from "../lib/types"
import { MoneyActionDrawer } from "./money-action-drawer"

/** Reverse transfer (docs/api.md#reverse-transfer): take part or all of a transfer back from the connected account. */
export const ReverseTransferDrawer = ({ transfer }: { transfer: TransferDocument }) => {
  const { t, money } = useI18n()
  const reverse = useReverseTransfer()
  const { currency } = transfer
  return (
    <MoneyActionDrawer
      label={t("transfers.reverse.button")}
      title={t("transfers.reverse.title", { transfer: transfer.transfer_id })}
      currency={currency}
      available={transfer.amount - transfer.amount_reversed}
      overLimit={(limit) => t("errors.reverseLimit", { limit })}
      amountInputId="reverse-amount"
      summary={t("transfers.reverse.summary", {
        transferred: money(transfer.amount, currency),
        reversed: money(transfer.amount_reversed, currency),
      })}
      confirm={(minor) => ({
        title: t("transfers.reverse.confirmTitle"),
        description: t("transfers.reverse.confirmDescription", {
          amount: money(minor, currency),
          account: transfer.account_id,
        }),
      })}
      mutation={reverse}
      body={(minor: number) => ({ transferId: transfer.transfer_id, amount: minor })}
      done={(result) => t("transfers.reverse.done", { amount: money(result.amount, result.currency) })}
    />
  )
}
