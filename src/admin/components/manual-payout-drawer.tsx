import { Button, Drawer, Input, Label, Select, Text, toast, usePrompt } from "@medusajs/ui"
import { useState } from "react"
import { useBalance } from "../hooks/use-balances"
import { useCreatePayout } from "../hooks/use-payouts"
import { errorMessage, StripeConnectApiError } from "../lib/api"
import { balanceRows } from "../lib/balance-rows"
import { formatMinor, parseMajorToMinor } from "../lib/money"

type ShownError = { message: string; code: string | null }

const METHODS = [
  { value: "standard", label: "Standard (arrives in a few days)" },
  { value: "instant", label: "Instant" },
] as const

/**
 * A manual payout from the connected account's available balance to its bank. The balance shown is a hint read
 * a moment ago; Stripe decides, so an amount over it goes through and its answer (insufficient_balance,
 * payout_in_progress) is shown with its code.
 */
export const ManualPayoutDrawer = ({ accountId }: { accountId: string }) => {
  const balance = useBalance(accountId)
  const rows = balance.data ? balanceRows(balance.data) : []
  const [open, setOpen] = useState(false)
  const [currency, setCurrency] = useState("usd")
  const [amount, setAmount] = useState("")
  const [method, setMethod] = useState<"standard" | "instant">("standard")
  const [error, setError] = useState<ShownError | null>(null)
  const create = useCreatePayout(accountId)
  const prompt = usePrompt()
  const available = rows.find((row) => row.currency === currency)?.available ?? 0
  const currencies = rows.length ? rows.map((row) => row.currency) : ["usd"]

  const submit = async () => {
    setError(null)
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0) return setError({ message: `amount: not a valid ${currency.toUpperCase()} amount`, code: null })
    const confirmed = await prompt({
      title: "Pay out?",
      description: `${formatMinor(minor, currency)} leaves ${accountId}'s Stripe balance for its bank account (${method}).`,
      confirmText: "Pay out",
      cancelText: "Cancel",
    })
    if (!confirmed) return
    create.mutate(
      { amount: minor, currency, method },
      {
        onSuccess: (payout) => {
          toast.success(`Payout ${payout.payout_id} of ${formatMinor(payout.amount, payout.currency)} created`)
          setOpen(false)
        },
        onError: (e) => setError({ message: errorMessage(e), code: e instanceof StripeConnectApiError ? e.code : null }),
      }
    )
  }

  return (
    <Drawer
      open={open}
      onOpenChange={(next) => {
        if (next) {
          const first = rows.find((row) => row.available > 0) ?? rows[0]
          setCurrency(first?.currency ?? "usd")
          setAmount("")
          setMethod("standard")
          setError(null)
        }
        setOpen(next)
      }}
    >
      <Drawer.Trigger asChild>
        <Button size="small" variant="secondary">
          Pay out
        </Button>
      </Drawer.Trigger>
      <Drawer.Content>
        <Drawer.Header>
          <Drawer.Title>Pay out to the bank account</Drawer.Title>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-4">
          <Text size="small" className="text-ui-fg-subtle" data-testid="payout-available">
            Available now: {balance.isLoading ? "…" : formatMinor(available, currency)}
          </Text>
          <div className="flex flex-col gap-y-1">
            <Label>Currency</Label>
            <Select value={currency} onValueChange={setCurrency}>
              <Select.Trigger aria-label="Payout currency">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {currencies.map((code) => (
                  <Select.Item key={code} value={code}>
                    {code.toUpperCase()}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          <div className="flex flex-col gap-y-1">
            <Label htmlFor="payout-amount">Amount ({currency.toUpperCase()})</Label>
            <Input id="payout-amount" name="payout-amount" placeholder="0.00" value={amount} onChange={(e) => setAmount(e.target.value)} />
          </div>
          <div className="flex flex-col gap-y-1">
            <Label>Method</Label>
            <Select value={method} onValueChange={(value) => setMethod(value === "instant" ? "instant" : "standard")}>
              <Select.Trigger aria-label="Payout method">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {METHODS.map((option) => (
                  <Select.Item key={option.value} value={option.value}>
                    {option.label}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </div>
          {error && (
            <div role="alert" className="flex flex-col gap-y-1">
              <Text size="small" className="text-ui-fg-error">
                {error.message}
              </Text>
              {error.code && (
                <Text size="xsmall" className="text-ui-fg-muted font-mono" data-testid="payout-error-code">
                  {error.code}
                </Text>
              )}
            </div>
          )}
        </Drawer.Body>
        <Drawer.Footer>
          <Drawer.Close asChild>
            <Button size="small" variant="secondary">
              Cancel
            </Button>
          </Drawer.Close>
          <Button size="small" onClick={submit} isLoading={create.isPending}>
            Pay out
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
