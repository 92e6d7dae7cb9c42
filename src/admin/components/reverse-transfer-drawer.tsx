import { toast } from "@medusajs/ui"
import { useReverseTransfer } from "../hooks/use-transfers"
import { formatMinor } from "../lib/money"
import type { TransferDocument } from "../lib/types"
import { MoneyActionDrawer } from "./money-action-drawer"

/** Spec 000 "Reverse Transfer": take part or all of a transfer back from the connected account. */
export const ReverseTransferDrawer = ({ transfer }: { transfer: TransferDocument }) => {
  const reverse = useReverseTransfer()
  const { currency } = transfer
  return (
    <MoneyActionDrawer
      label="Reverse"
      title={`Reverse ${transfer.transfer_id}`}
      currency={currency}
      available={transfer.amount - transfer.amount_reversed}
      overLimit={(limit) => `at most ${limit} can be reversed`}
      amountInputId="reverse-amount"
      summary={`Transferred ${formatMinor(transfer.amount, currency)}, reversed ${formatMinor(transfer.amount_reversed, currency)}.`}
      confirm={(minor) => ({
        title: "Reverse transfer?",
        description: `${formatMinor(minor, currency)} comes back from ${transfer.account_id} to the platform.`,
      })}
      isPending={reverse.isPending}
      run={(minor, { close, fail, keyFor }) => {
        const body = { transferId: transfer.transfer_id, amount: minor }
        reverse.mutate(
          { ...body, idempotencyKey: keyFor(body) },
          {
            onSuccess: (result) => {
              toast.success(`Reversed ${formatMinor(result.amount, result.currency)}`)
              close()
            },
            onError: fail,
          }
        )
      }}
    />
  )
}
