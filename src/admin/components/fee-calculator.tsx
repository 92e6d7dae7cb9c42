import { Button, Heading, Input, Label, Text } from "@medusajs/ui"
import { useState } from "react"
import { usePreviewFee } from "../hooks/use-fees"
import { errorMessage } from "../lib/api"
import { formatMinor, parseMajorToMinor } from "../lib/money"

const SOURCE_LABEL: Record<string, string> = {
  explicit: "the amount given",
  override: "the merchant's override",
  tier: "a volume tier",
  default: "the default",
}

/** What fee a payment of an amount would get now, for a merchant, and which rule decided it. Writes nothing. */
export const FeeCalculator = ({ defaultCurrency }: { defaultCurrency: string }) => {
  const [amount, setAmount] = useState("100.00")
  const [currency, setCurrency] = useState(defaultCurrency)
  const [merchantId, setMerchantId] = useState("")
  const [inputError, setInputError] = useState<string | null>(null)
  const preview = usePreviewFee()

  const calculate = () => {
    setInputError(null)
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0) return setInputError(`amount: not a valid ${currency.toUpperCase()} amount`)
    if (!merchantId.trim()) return setInputError("merchant_id: required")
    preview.mutate({ amount: minor, currency, merchant_id: merchantId.trim() })
  }

  const result = preview.data
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Fee calculator</Heading>
      <div className="grid grid-cols-[1fr_0.6fr_1.4fr_auto] items-end gap-2">
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor="calc-amount">
            Amount
          </Label>
          <Input id="calc-amount" size="small" value={amount} onChange={(e) => setAmount(e.target.value)} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor="calc-currency">
            Currency
          </Label>
          <Input id="calc-currency" size="small" maxLength={3} value={currency} onChange={(e) => setCurrency(e.target.value.toLowerCase())} />
        </div>
        <div className="flex flex-col gap-y-1">
          <Label size="xsmall" htmlFor="calc-merchant">
            Merchant ID
          </Label>
          <Input id="calc-merchant" size="small" value={merchantId} onChange={(e) => setMerchantId(e.target.value)} />
        </div>
        <Button size="small" variant="secondary" onClick={calculate} isLoading={preview.isPending}>
          Calculate
        </Button>
      </div>
      {(inputError || preview.error) && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {inputError ?? errorMessage(preview.error)}
        </Text>
      )}
      {result && !inputError && (
        <Text size="small" data-testid="fee-preview">
          Fee {formatMinor(result.application_fee, result.currency)} on {formatMinor(result.amount, result.currency)} from{" "}
          {SOURCE_LABEL[result.source] ?? result.source}
          {result.source === "tier" && result.tier_index !== null ? ` #${result.tier_index + 1}` : ""}; merchant receives{" "}
          {formatMinor(result.destination_amount, result.currency)} (this month's volume: {result.monthly_volume}{" "}
          {result.currency.toUpperCase()}).
        </Text>
      )}
    </div>
  )
}
