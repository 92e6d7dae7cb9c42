import { Button, Drawer, Input, Label, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useReverseTransfer } from "../hooks/use-transfers"
import { errorMessage } from "../lib/api"
import { formatMinor, minorToMajorText, parseMajorToMinor } from "../lib/money"
import type { TransferDocument } from "../lib/types"

/** Spec 000 "Reverse Transfer": take part or all of a transfer back from the connected account. */
export const ReverseTransferDrawer = ({ transfer }: { transfer: TransferDocument }) => {
  const left = transfer.amount - transfer.amount_reversed
  const [open, setOpen] = useState(false)
  const [amount, setAmount] = useState("")
  const [error, setError] = useState<string | null>(null)
  const reverse = useReverseTransfer()
  const prompt = usePrompt()

  const submit = async () => {
    setError(null)
    const minor = parseMajorToMinor(amount, transfer.currency)
    if (minor === null || minor <= 0) return setError(`amount: not a valid ${transfer.currency.toUpperCase()} amount`)
    if (minor > left) return setError(`amount: at most ${formatMinor(left, transfer.currency)} can be reversed`)
    const confirmed = await prompt({
      title: "Reverse transfer?",
      description: `${formatMinor(minor, transfer.currency)} comes back from ${transfer.account_id} to the platform.`,
      confirmText: "Reverse",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    reverse.mutate(
      { transferId: transfer.transfer_id, amount: minor },
      {
        onSuccess: (result) => {
          toast.success(`Reversed ${formatMinor(result.amount, result.currency)}`)
          setOpen(false)
        },
        onError: (e) => setError(errorMessage(e)),
      }
    )
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        if (next) {
          setAmount(minorToMajorText(left, transfer.currency))
          setError(null)
        }
        setOpen(next)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary" disabled={left <= 0}>
          Reverse
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Reverse {transfer.transfer_id}</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle">
            Transferred {formatMinor(transfer.amount, transfer.currency)}, reversed {formatMinor(transfer.amount_reversed, transfer.currency)}.
          </Text>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="reverse-amount">Amount ({transfer.currency.toUpperCase()})</Label>
            <Input id="reverse-amount" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </div>
          {error && (
            <Text size="small" className="text-ui-fg-error" role="alert">
              {error}
            </Text>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={reverse.isPending}>
            Reverse
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
