import { Button, Heading, IconButton, Input, Label, Text, toast } from "@medusajs/ui"
import { Plus, Trash } from "@medusajs/icons"
import { useState } from "react"
import { useUpdateFeeConfiguration } from "../hooks/use-fees"
import { useI18n } from "../hooks/use-i18n"
import { errorMessage } from "../lib/api"
import { toFeeDocument, toFeeForm, validateFeeForm, type FeeForm } from "../lib/fee-form"
import type { FeeConfigurationDocument } from "../lib/types"
import { DrawerForm } from "./drawer-form"

const Field = ({
  label,
  name,
  value,
  onChange,
  errors,
  placeholder,
}: {
  label: string
  name: string
  value: string
  onChange: (value: string) => void
  errors: Map<string, string>
  placeholder?: string
}) => {
  const error = errors.get(name)
  return (
    <div className="flex flex-col gap-y-1">
      <Label size="xsmall" htmlFor={name}>
        {label}
      </Label>
      <Input
        id={name}
        name={name}
        size="small"
        inputMode="decimal"
        value={value}
        placeholder={placeholder}
        aria-invalid={Boolean(error)}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <Text size="xsmall" className="text-ui-fg-error" role="alert">
          {error}
        </Text>
      )}
    </div>
  )
}

/**
 * The fee configuration editor (docs/api.md#update-fee-configuration): default, volume tiers and per-merchant
 * overrides, checked as you type by the API's own validation; the API's answer is shown if it still refuses.
 */
export const FeeEditorDrawer = ({
  currency,
  document,
}: {
  currency: string | null
  document: FeeConfigurationDocument
}) => {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const [form, setForm] = useState<FeeForm>(() => toFeeForm(document))
  const [touched, setTouched] = useState(false)
  const [serverError, setServerError] = useState<string | null>(null)
  const update = useUpdateFeeConfiguration(currency)
  const errors = touched ? validateFeeForm(form) : new Map<string, string>()

  const change = (next: FeeForm) => {
    setForm(next)
    setTouched(true)
    setServerError(null)
  }
  const setTier = (index: number, key: keyof FeeForm["fee_tiers"][number], value: string) =>
    change({ ...form, fee_tiers: form.fee_tiers.map((tier, i) => (i === index ? { ...tier, [key]: value } : tier)) })
  const setOverride = (index: number, key: keyof FeeForm["per_merchant_overrides"][number], value: string) =>
    change({
      ...form,
      per_merchant_overrides: form.per_merchant_overrides.map((row, i) =>
        i === index ? { ...row, [key]: value } : row
      ),
    })

  const save = () => {
    setTouched(true)
    if (validateFeeForm(form).size) return
    update.mutate(toFeeDocument(form), {
      onSuccess: () => {
        toast.success(t("fees.editor.saved"))
        setOpen(false)
      },
      onError: (error) => setServerError(errorMessage(error)),
    })
  }

  const onOpenChange = (next: boolean) => {
    if (next) {
      setForm(toFeeForm(document))
      setTouched(false)
      setServerError(null)
    }
    setOpen(next)
  }

  return (
    <DrawerForm
      dialog={{ open, onOpenChange, error: serverError }}
      trigger={t("fees.editor.trigger")}
      title={
        currency ? t("fees.editor.titleCurrency", { currency: currency.toUpperCase() }) : t("fees.editor.titleAll")
      }
      submitLabel={t("common.save")}
      onSubmit={save}
      isSubmitting={update.isPending}
      submitDisabled={errors.size > 0}
      contentClassName="max-w-2xl"
    >
      <div className="flex flex-col gap-y-6">
        <section className="flex flex-col gap-y-3">
          <Heading level="h3">{t("fees.editor.default")}</Heading>
          <div className="grid grid-cols-2 gap-3">
            <Field
              label={t("fees.editor.feePercent")}
              name="default_fee_percent"
              value={form.default_fee_percent}
              errors={errors}
              onChange={(v) => change({ ...form, default_fee_percent: v })}
            />
            <Field
              label={t("fees.editor.fixedFee")}
              name="default_fee_fixed"
              value={form.default_fee_fixed}
              errors={errors}
              onChange={(v) => change({ ...form, default_fee_fixed: v })}
            />
          </div>
        </section>
        <section className="flex flex-col gap-y-3">
          <div className="flex items-center justify-between">
            <div>
              <Heading level="h3">{t("fees.volumeTiers")}</Heading>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("fees.editor.tiersHint")}
              </Text>
            </div>
            <Button
              size="small"
              variant="transparent"
              className="shrink-0"
              onClick={() =>
                change({
                  ...form,
                  fee_tiers: [...form.fee_tiers, { volume_min: "", volume_max: "", fee_percent: "", fee_fixed: "0" }],
                })
              }
            >
              <Plus /> {t("fees.editor.addTier")}
            </Button>
          </div>
          {form.fee_tiers.map((tier, index) => (
            <div
              key={index}
              className="grid grid-cols-[1fr_1fr_1fr_1fr_auto] items-start gap-2"
              data-testid={`fee-tier-${index}`}
            >
              <Field
                label={t("fees.editor.volumeFrom")}
                name={`fee_tiers[${index}].volume_min`}
                value={tier.volume_min}
                errors={errors}
                onChange={(v) => setTier(index, "volume_min", v)}
              />
              <Field
                label={t("fees.editor.volumeTo")}
                name={`fee_tiers[${index}].volume_max`}
                value={tier.volume_max}
                errors={errors}
                placeholder={t("fees.editor.noLimit")}
                onChange={(v) => setTier(index, "volume_max", v)}
              />
              <Field
                label={t("fees.percent")}
                name={`fee_tiers[${index}].fee_percent`}
                value={tier.fee_percent}
                errors={errors}
                onChange={(v) => setTier(index, "fee_percent", v)}
              />
              <Field
                label={t("fees.fixed")}
                name={`fee_tiers[${index}].fee_fixed`}
                value={tier.fee_fixed}
                errors={errors}
                onChange={(v) => setTier(index, "fee_fixed", v)}
              />
              <IconButton
                size="small"
                variant="transparent"
                className="mt-5"
                aria-label={t("fees.editor.removeTier", { number: index + 1 })}
                onClick={() => change({ ...form, fee_tiers: form.fee_tiers.filter((_, i) => i !== index) })}
              >
                <Trash />
              </IconButton>
            </div>
          ))}
        </section>
        <section className="flex flex-col gap-y-3">
          <div className="flex items-center justify-between">
            <Heading level="h3">{t("fees.merchantOverrides")}</Heading>
            <Button
              size="small"
              variant="transparent"
              onClick={() =>
                change({
                  ...form,
                  per_merchant_overrides: [
                    ...form.per_merchant_overrides,
                    { merchant_id: "", fee_percent: "", fee_fixed: "0", reason: "" },
                  ],
                })
              }
            >
              <Plus /> {t("fees.editor.addOverride")}
            </Button>
          </div>
          {form.per_merchant_overrides.map((row, index) => (
            <div key={index} className="grid grid-cols-[1.2fr_1fr_1fr_1.2fr_auto] items-start gap-2">
              <Field
                label={t("common.merchant")}
                name={`per_merchant_overrides[${index}].merchant_id`}
                value={row.merchant_id}
                errors={errors}
                onChange={(v) => setOverride(index, "merchant_id", v)}
              />
              <Field
                label={t("fees.percent")}
                name={`per_merchant_overrides[${index}].fee_percent`}
                value={row.fee_percent}
                errors={errors}
                onChange={(v) => setOverride(index, "fee_percent", v)}
              />
              <Field
                label={t("fees.fixed")}
                name={`per_merchant_overrides[${index}].fee_fixed`}
                value={row.fee_fixed}
                errors={errors}
                onChange={(v) => setOverride(index, "fee_fixed", v)}
              />
              <Field
                label={t("common.reason")}
                name={`per_merchant_overrides[${index}].reason`}
                value={row.reason}
                errors={errors}
                onChange={(v) => setOverride(index, "reason", v)}
              />
              <IconButton
                size="small"
                variant="transparent"
                className="mt-5"
                aria-label={t("fees.editor.removeOverride", { number: index + 1 })}
                onClick={() =>
                  change({ ...form, per_merchant_overrides: form.per_merchant_overrides.filter((_, i) => i !== index) })
                }
              >
                <Trash />
              </IconButton>
            </div>
          ))}
        </section>
      </div>
    </DrawerForm>
  )
}
