import { Button, Heading, Text } from "@medusajs/ui"
import { useState } from "react"
import { usePreviewFee } from "../hooks/use-fees"
import { useI18n } from "../hooks/use-i18n"
import { errorMessage } from "../lib/api"
import { parseMajorToMinor } from "../lib/money"
import { InputField } from "./input-field"

/** What fee a payment of an amount would get now, for a merchant, and which rule decided it. Writes nothing. */
export const FeeCalculator = ({ defaultCurrency }: { defaultCurrency: string }) => {
  const { t, money } = useI18n()
  const [amount, setAmount] = useState("100.00")
  const [currency, setCurrency] = useState(defaultCurrency)
  const [merchantId, setMerchantId] = useState("")
  const [inputError, setInputError] = useState<string | null>(null)
  const preview = usePreviewFee()

  const calculate = () => {
    setInputError(null)
    const minor = parseMajorToMinor(amount, currency)
    if (minor === null || minor <= 0)
      return setInputError(t("errors.invalidAmount", { currency: currency.toUpperCase() }))
    if (!merchantId.trim()) return setInputError(t("errors.merchantIdRequired"))
    preview.mutate({ amount: minor, currency, merchant_id: merchantId.trim() })
  }

  const result = preview.data
  return (
    <div className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">{t("fees.calculator.title")}</Heading>
      <div className="grid grid-cols-[1fr_0.6fr_1.4fr_auto] items-end gap-2">
        <InputField id="calc-amount" size="small" label={t("common.amount")} value={amount} onChange={setAmount} />
        <InputField
          id="calc-currency"
          size="small"
          label={t("common.currency")}
          maxLength={3}
          value={currency}
          onChange={(value) => setCurrency(value.toLowerCase())}
        />
        <InputField
          id="calc-merchant"
          size="small"
          label={t("common.merchantId")}
          value={merchantId}
          onChange={setMerchantId}
        />
        <Button size="small" variant="secondary" onClick={calculate} isLoading={preview.isPending}>
          {t("fees.calculator.calculate")}
        </Button>
      </div>
      {(inputError || preview.error) && (
        <Text size="small" className="text-ui-fg-error" role="alert">
          {inputError ?? errorMessage(preview.error)}
        </Text>
      )}
      {result && !inputError && (
        <Text size="small" data-testid="fee-preview">
          {t("fees.calculator.result", {
            fee: money(result.application_fee, result.currency),
            amount: money(result.amount, result.currency),
            source:
              t(`fees.calculator.sources.${result.source}`, { defaultValue: result.source }) +
              (result.source === "tier" && result.tier_index !== null ? ` #${result.tier_index + 1}` : ""),
            received: money(result.destination_amount, result.currency),
            volume: result.monthly_volume,
            currency: result.currency.toUpperCase(),
          })}
        </Text>
      )}
    </div>
  )
}
